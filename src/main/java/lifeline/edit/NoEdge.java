package lifeline.edit;

import java.util.Optional;
import lifeline.model.Node;
import lifeline.model.Scenario;

/** Why a drag between two kinds of node makes no edge at all, and which way round would. */
final class NoEdge {
    private NoEdge() {}

    static String reason(Scenario s, Node from, Node to) {
        String head = "No edge from " + from.kindLabel() + " " + Nodes.label(from) + " to " + to.kindLabel() + " "
                + Nodes.label(to) + ": ";
        Optional<EdgeKind> reverse = ConnectionRules.edgeFor(s, to.id(), from.id());
        String hint = reverse.isPresent() && from != to
                ? "; drag from " + Nodes.label(to) + " to " + Nodes.label(from) + " for the " + reverse.get().label()
                + " edge" : "";
        return head + what(NodeKind.of(from), NodeKind.of(to)) + hint;
    }

    private static String what(NodeKind from, NodeKind to) {
        switch (from) {
            case PROCESS:
                return "a process holds fds on files (a driver file, an epoll or a binder), not on a " + to.noun();
            case DRIVER_FILE:
                return "a file holds no fd and watches nothing; a driver file is opened on a device";
            case EPOLL:
                return "epoll_ctl(EPOLL_CTL_ADD) watches files, and a " + to.noun() + " is not a file";
            case BINDER:
                return "a binder file holds no fd and watches nothing; binder is not opened on a kref'd device here";
            case DEVICE:
                return "a device cannot hold an fd; a driver file is opened on it";
            case CLOSE_HOOK:
                return "a close hook wraps close for a process, not for a " + to.noun();
            default:
                return "the binder kworker holds no fds of its own; it runs the deferred work of every binder_proc";
        }
    }
}

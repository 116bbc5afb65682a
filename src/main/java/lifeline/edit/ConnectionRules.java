package lifeline.edit;

import java.util.List;
import java.util.Optional;
import lifeline.model.CloseHook;
import lifeline.model.DeviceNode;
import lifeline.model.DriverFile;
import lifeline.model.EpollFile;
import lifeline.model.FileNode;
import lifeline.model.Node;
import lifeline.model.Problem;
import lifeline.model.ProcessNode;
import lifeline.model.Scenario;

/**
 * Which edge a drag from one node to another makes, and why the kernel (or Lifeline's bounds) would refuse
 * it, decided before anything is created. The kinds of the two nodes pick the edge; the validator, run on
 * the would-be scenario, supplies the errno (EPERM, ELOOP, EEXIST) and the bounds, so no rule is written twice.
 */
public final class ConnectionRules {
    /** Fds 0, 1 and 2 are stdin, stdout and stderr; a drawn open gets the lowest free fd from here. */
    public static final int FIRST_FD = 3;

    private ConnectionRules() {}

    /** The kind of edge from {@code from} to {@code to}; empty when the kinds make none or a node is missing. */
    public static Optional<EdgeKind> edgeFor(Scenario s, String from, String to) {
        Optional<Node> a = s.node(from);
        Optional<Node> b = s.node(to);
        if (a.isEmpty() || b.isEmpty()) {
            return Optional.empty();
        }
        return kindFor(a.get(), b.get());
    }

    private static Optional<EdgeKind> kindFor(Node from, Node to) {
        if (from instanceof ProcessNode && to instanceof FileNode) {
            return Optional.of(EdgeKind.FD);
        } else if (from instanceof EpollFile && to instanceof FileNode) {
            return Optional.of(EdgeKind.WATCH);
        } else if (from instanceof DriverFile && to instanceof DeviceNode) {
            return Optional.of(EdgeKind.OPENED_ON);
        } else if (from instanceof CloseHook && to instanceof ProcessNode) {
            return Optional.of(EdgeKind.HOOK);
        }
        return Optional.empty();
    }

    /** The edge a drop would make, an fd taking the lowest free number; empty when the kinds make none. */
    public static Optional<Edge> edge(Scenario s, String from, String to) {
        return edgeFor(s, from, to).map(kind -> {
            switch (kind) {
                case FD:
                    return new Edge.Fd(from, lowestFreeFd(s, from), to);
                case WATCH:
                    return new Edge.EpollWatch(from, to);
                case OPENED_ON:
                    return new Edge.OpenedOn(from, to);
                default:
                    return new Edge.Hook(from, to);
            }
        });
    }

    /** The lowest fd number from {@link #FIRST_FD} up that the process's fd table has free. */
    public static int lowestFreeFd(Scenario s, String process) {
        int fd = FIRST_FD;
        while (s.fileAt(process, fd).isPresent()) {
            fd++;
        }
        return fd;
    }

    /** Why a drag from {@code from} to {@code to} must not make an edge; empty when it may. */
    public static Optional<String> refusal(Scenario s, String from, String to) {
        Optional<Node> a = s.node(from);
        Optional<Node> b = s.node(to);
        if (a.isEmpty() || b.isEmpty()) {
            return Optional.of("There is no object " + (a.isEmpty() ? from : to) + " in the scenario");
        }
        Optional<Edge> edge = edge(s, from, to);
        return edge.isEmpty() ? Optional.of(NoEdge.reason(s, a.get(), b.get())) : refusal(s, edge.get());
    }

    /** Why this exact edge (an fd with a chosen number, say) must not be added; empty when it may. */
    public static Optional<String> refusal(Scenario s, Edge edge) {
        Optional<Node> a = s.node(edge.from());
        Optional<Node> b = s.node(edge.to());
        if (a.isEmpty() || b.isEmpty()) {
            return Optional.of("There is no object " + (a.isEmpty() ? edge.from() : edge.to()) + " in the scenario");
        }
        if (kindFor(a.get(), b.get()).filter(k -> k == edge.kind()).isEmpty()) {
            return Optional.of(NoEdge.reason(s, a.get(), b.get()));
        }
        Optional<String> taken = SingleEnds.refusal(s, edge);
        if (taken.isPresent()) {
            return taken;
        }
        List<Problem> added = NewProblems.between(s, withEdge(s, edge));
        return added.isEmpty() ? Optional.empty() : Optional.of(say(added.get(0)));
    }

    /**
     * The scenario with the edge added, as Connect makes it: a file nobody opened yet gets the process of its
     * first fd as its opener (the open that made the fd).
     */
    static Scenario withEdge(Scenario s, Edge edge) {
        Scenario out = edge.addTo(s);
        if (edge instanceof Edge.Fd) {
            FileNode f = s.file(edge.to()).orElseThrow();
            if (f.opener() == null || f.opener().isBlank()) {
                out = Nodes.replace(out, Nodes.withOpener(f, edge.from()));
            }
        }
        return out;
    }

    /** An errno message names its objects itself; any other needs to say where. */
    private static String say(Problem p) {
        return p.message().matches("E[A-Z]+: .*") ? p.message() : p.toString();
    }
}

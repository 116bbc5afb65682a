package lifeline.ui.canvas;

import java.util.List;
import java.util.stream.Collectors;
import lifeline.edit.Edge;
import lifeline.edit.EdgeKind;
import lifeline.trace.StepPicture;

/**
 * What a line says at a step of a trace: "fd 3 closed" once its slot is closed, "fd 3 open, 4 closed" for a
 * dup half closed, "epitem removed" once ep_remove ran. A null text keeps the editing label.
 */
record EdgeStep(String text, boolean gone) {
    private static final EdgeStep UNCHANGED = new EdgeStep(null, false);

    static EdgeStep of(EdgeKind kind, List<Edge> edges, StepPicture step) {
        if (step == StepPicture.NONE) {
            return UNCHANGED;
        }
        if (kind == EdgeKind.FD) {
            return fds(edges, step);
        }
        if (kind == EdgeKind.WATCH) {
            boolean removed = edges.stream()
                    .allMatch(e -> step.removedWatches().contains(((Edge.EpollWatch) e).watch()));
            return removed ? new EdgeStep("epitem removed", true) : new EdgeStep("epitem", false);
        }
        return UNCHANGED;
    }

    private static EdgeStep fds(List<Edge> edges, StepPicture step) {
        List<Edge.Fd> fds = edges.stream().map(e -> (Edge.Fd) e)
                .sorted((a, b) -> Integer.compare(a.fd(), b.fd())).toList();
        List<Edge.Fd> closed = fds.stream().filter(f -> step.closedFds().contains(f.link())).toList();
        List<Edge.Fd> open = fds.stream().filter(f -> !closed.contains(f)).toList();
        if (closed.isEmpty()) {
            return UNCHANGED;
        }
        if (open.isEmpty()) {
            return new EdgeStep("fd " + numbers(closed) + " closed", true);
        }
        return new EdgeStep("fd " + numbers(open) + " open, " + numbers(closed) + " closed", false);
    }

    private static String numbers(List<Edge.Fd> fds) {
        return fds.stream().map(f -> Integer.toString(f.fd())).collect(Collectors.joining(", "));
    }
}

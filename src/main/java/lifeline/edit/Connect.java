package lifeline.edit;

import lifeline.model.Scenario;

/**
 * A new edge. Applying it refuses, with {@link ConnectionRules}' reason, what the kernel would refuse; an
 * fd to a file nobody opened yet makes the process its opener.
 *
 * @param description such as "Connect fd 3: app -> /dev/foo"; the factories name the nodes
 */
public record Connect(Edge edge, String description) implements EditCommand {

    public Connect(Edge edge) {
        this(edge, "Connect " + edge.kind().label());
    }

    /** The edge a drag from {@code from} to {@code to} makes (an fd gets the lowest free number from 3). */
    public static Connect of(Scenario s, String from, String to) {
        Edge edge = ConnectionRules.edge(s, from, to).orElseThrow(() -> new EditRefusedException(
                ConnectionRules.refusal(s, from, to).orElse("no edge")));
        return new Connect(edge, "Connect " + edge.describe(s));
    }

    /** Fd {@code fd} of process pointing at file. */
    public static Connect fd(Scenario s, String process, String file, int fd) {
        Edge edge = new Edge.Fd(process, fd, file);
        return new Connect(edge, "Connect " + edge.describe(s));
    }

    @Override
    public Scenario apply(Scenario s) {
        ConnectionRules.refusal(s, edge).ifPresent(r -> {
            throw new EditRefusedException(r);
        });
        return ConnectionRules.withEdge(s, edge);
    }
}

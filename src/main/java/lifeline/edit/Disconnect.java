package lifeline.edit;

import lifeline.model.Scenario;

/** An edge removed; an fd takes the process's operations on it along (the slot they act on is gone). */
public record Disconnect(Edge edge, String description) implements EditCommand {

    public Disconnect(Edge edge) {
        this(edge, "Disconnect " + edge.kind().label());
    }

    public static Disconnect of(Scenario s, Edge edge) {
        return new Disconnect(edge, "Disconnect " + edge.describe(s));
    }

    @Override
    public Scenario apply(Scenario s) {
        if (!edge.isIn(s)) {
            throw new IllegalArgumentException("no such edge: " + edge);
        }
        return edge.removeFrom(s);
    }
}

package lifeline.model;

/** Where a node sits on the canvas; saved with the scenario, no part of its semantics. */
public record Position(double x, double y) {
    public static final Position ORIGIN = new Position(0, 0);
}

package lifeline.layout;

import lifeline.model.Position;

/** A card or a label on the drawing: its top left corner and its size. */
public record Box(double x, double y, double width, double height) {
    public static Box around(Position centre, Size size) {
        return new Box(centre.x() - size.width() / 2, centre.y() - size.height() / 2, size.width(), size.height());
    }

    public double maxX() {
        return x + width;
    }

    public double maxY() {
        return y + height;
    }

    public Position centre() {
        return new Position(x + width / 2, y + height / 2);
    }

    /** Whether p lies strictly inside. */
    boolean holds(double px, double py) {
        return px > x && px < maxX() && py > y && py < maxY();
    }

    /** Whether the insides (each shrunk by slack) of the two boxes overlap. */
    boolean overlaps(Box o, double slack) {
        return x + slack < o.maxX() && o.x() + slack < maxX() && y + slack < o.maxY() && o.y() + slack < maxY();
    }

    /** Whether the horizontal or vertical piece from a to b passes through the inside. */
    boolean cutBy(Position a, Position b) {
        double minX = Math.min(a.x(), b.x());
        double maxX = Math.max(a.x(), b.x());
        double minY = Math.min(a.y(), b.y());
        double maxY = Math.max(a.y(), b.y());
        return minX < maxX() && maxX > x && minY < maxY() && maxY > y;
    }
}

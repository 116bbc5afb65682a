package lifeline.layout;

/** The size of a card or a line's label on the canvas, which only the view can measure. */
public record Size(double width, double height) {
}

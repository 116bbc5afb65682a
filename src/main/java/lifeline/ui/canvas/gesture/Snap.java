package lifeline.ui.canvas.gesture;

import lifeline.model.Position;

/** Rounds positions to the grid when snapping is on, else to whole units (so files hold no 123.4567). */
final class Snap {
    private Snap() {}

    static Position position(CanvasContext ctx, double x, double y) {
        if (!ctx.snapToGrid()) {
            return new Position(Math.rint(x), Math.rint(y));
        }
        return new Position(round(x, ctx.gridStep()), round(y, ctx.gridStep()));
    }

    static double round(double v, double step) {
        return Math.round(v / step) * step;
    }
}

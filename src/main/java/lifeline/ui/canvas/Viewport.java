package lifeline.ui.canvas;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;

/**
 * Which part of the drawing the canvas shows: a zoom and an offset (screen = offset + zoom * world) over a
 * viewport of some size. Zooming by the property keeps the viewport's centre in place; {@link #zoomAt}
 * keeps the point under the pointer. Holds state only; the canvas binds its transforms to it. Confined to
 * the FX application thread.
 */
public final class Viewport {
    public static final double MIN_ZOOM = 0.25;
    public static final double MAX_ZOOM = 4.0;
    /** How far zoom in and zoom out go in one step. */
    public static final double STEP = 1.25;

    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1.0) {
        @Override
        public void set(double v) {
            super.set(clamp(v));
        }
    };
    private final ReadOnlyDoubleWrapper offsetX = new ReadOnlyDoubleWrapper(this, "offsetX");
    private final ReadOnlyDoubleWrapper offsetY = new ReadOnlyDoubleWrapper(this, "offsetY");
    private final DoubleProperty width = new SimpleDoubleProperty(this, "width");
    private final DoubleProperty height = new SimpleDoubleProperty(this, "height");

    public Viewport() {
        zoom.addListener((o, before, after) -> keepCentre(before.doubleValue(), after.doubleValue()));
    }

    static double clamp(double z) {
        return Double.isNaN(z) ? 1.0 : Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z));
    }

    private void keepCentre(double before, double after) {
        double cx = width.get() / 2;
        double cy = height.get() / 2;
        offsetX.set(cx - (cx - offsetX.get()) / before * after);
        offsetY.set(cy - (cy - offsetY.get()) / before * after);
    }

    public DoubleProperty zoomProperty() { return zoom; }
    public ReadOnlyDoubleProperty offsetXProperty() { return offsetX.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty offsetYProperty() { return offsetY.getReadOnlyProperty(); }
    /** The viewport's size on screen, bound by the canvas to its pane. */
    public DoubleProperty widthProperty() { return width; }
    public DoubleProperty heightProperty() { return height; }

    public double zoom() {
        return zoom.get();
    }

    public Point2D toWorld(double sx, double sy) {
        return new Point2D((sx - offsetX.get()) / zoom.get(), (sy - offsetY.get()) / zoom.get());
    }

    public Point2D toScreen(Point2D world) {
        return new Point2D(offsetX.get() + world.getX() * zoom.get(), offsetY.get() + world.getY() * zoom.get());
    }

    /** The part of the drawing in view, in world coordinates. */
    public Rectangle2D visibleWorld() {
        Point2D min = toWorld(0, 0);
        return new Rectangle2D(min.getX(), min.getY(), Math.max(0, width.get() / zoom.get()),
                Math.max(0, height.get() / zoom.get()));
    }

    /** The centre of the view in world coordinates. */
    public Point2D visibleCentre() {
        return toWorld(width.get() / 2, height.get() / 2);
    }

    /** Zooms by {@code factor}, keeping the world point under the screen point (sx, sy) where it is. */
    public void zoomAt(double factor, double sx, double sy) {
        Point2D anchor = toWorld(sx, sy);
        zoom.set(zoom.get() * factor);
        offsetX.set(sx - anchor.getX() * zoom.get());
        offsetY.set(sy - anchor.getY() * zoom.get());
    }

    public void panBy(double dx, double dy) {
        offsetX.set(offsetX.get() + dx);
        offsetY.set(offsetY.get() + dy);
    }

    /** Scrolls so that the world point (wx, wy) is at the top left corner of the view. */
    public void scrollTo(double wx, double wy) {
        offsetX.set(-wx * zoom.get());
        offsetY.set(-wy * zoom.get());
    }

    /**
     * Zooms and scrolls so that {@code world} fills the view with a margin, zooming in no further than maxZoom
     * and out no further than minZoom: when it does not fit at minZoom, the view shows its top left corner
     * and the rest is a scroll away.
     */
    public void fit(Bounds world, double margin, double minZoom, double maxZoom) {
        double w = width.get();
        double h = height.get();
        if (world.isEmpty() || w <= 2 * margin || h <= 2 * margin) {
            return;
        }
        double z = Math.min((w - 2 * margin) / Math.max(1, world.getWidth()),
                (h - 2 * margin) / Math.max(1, world.getHeight()));
        zoom.set(Math.max(minZoom, Math.min(z, maxZoom)));
        double cz = zoom.get();
        boolean fitsX = world.getWidth() * cz <= w - 2 * margin + 0.5;
        boolean fitsY = world.getHeight() * cz <= h - 2 * margin + 0.5;
        offsetX.set(fitsX ? w / 2 - (world.getMinX() + world.getWidth() / 2) * cz : margin - world.getMinX() * cz);
        offsetY.set(fitsY ? h / 2 - (world.getMinY() + world.getHeight() / 2) * cz : margin - world.getMinY() * cz);
    }
}

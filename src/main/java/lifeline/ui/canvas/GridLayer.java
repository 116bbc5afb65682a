package lifeline.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.layout.Region;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;

/**
 * The grid behind the drawing, in screen space so its lines stay one pixel wide at any zoom: minor lines
 * every grid step (left out when they would crowd), major lines every five. Drawn again on the next layout
 * after the view moves, so a pan frame costs one redraw.
 */
final class GridLayer extends Region {
    /** The world distance between grid lines, which snapping rounds to. */
    static final double STEP = 20;
    private static final int MAJOR_EVERY = 5;
    private static final double MIN_SCREEN_GAP = 8;

    private final Viewport viewport;
    private final Path minor = new Path();
    private final Path major = new Path();

    GridLayer(Viewport viewport) {
        this.viewport = viewport;
        getStyleClass().add("canvas-grid");
        minor.getStyleClass().add("grid-minor");
        major.getStyleClass().add("grid-major");
        getChildren().addAll(minor, major);
        setMouseTransparent(true);
        setManaged(false);
        InvalidationListener redraw = o -> requestLayout();
        viewport.zoomProperty().addListener(redraw);
        viewport.offsetXProperty().addListener(redraw);
        viewport.offsetYProperty().addListener(redraw);
        widthProperty().addListener(redraw);
        heightProperty().addListener(redraw);
    }

    @Override
    protected void layoutChildren() {
        double z = viewport.zoom();
        boolean showMinor = STEP * z >= MIN_SCREEN_GAP;
        minor.getElements().setAll(showMinor ? lines(STEP, MAJOR_EVERY) : List.of());
        major.getElements().setAll(lines(STEP * MAJOR_EVERY, 0));
    }

    /** Lines every {@code step} world units across the view, leaving out every skip-th one (0: none). */
    private List<PathElement> lines(double step, int skip) {
        Rectangle2D view = viewport.visibleWorld();
        List<PathElement> out = new ArrayList<>();
        double w = getWidth();
        double h = getHeight();
        long first = (long) Math.floor(view.getMinX() / step);
        for (long i = first; i * step <= view.getMaxX(); i++) {
            if (skip == 0 || i % skip != 0) {
                double x = crisp(viewport.toScreen(new javafx.geometry.Point2D(i * step, 0)).getX());
                out.add(new MoveTo(x, 0));
                out.add(new LineTo(x, h));
            }
        }
        first = (long) Math.floor(view.getMinY() / step);
        for (long i = first; i * step <= view.getMaxY(); i++) {
            if (skip == 0 || i % skip != 0) {
                double y = crisp(viewport.toScreen(new javafx.geometry.Point2D(0, i * step)).getY());
                out.add(new MoveTo(0, y));
                out.add(new LineTo(w, y));
            }
        }
        return out;
    }

    /** A one-pixel line on a pixel centre, so it is sharp rather than two grey half pixels. */
    private static double crisp(double v) {
        return Math.floor(v) + 0.5;
    }
}

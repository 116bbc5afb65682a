package lifeline.ui.canvas;

import javafx.beans.InvalidationListener;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Line;

/**
 * The grid behind the drawing, in screen space so its lines stay one pixel wide at any zoom: minor lines
 * every grid step (left out when they would crowd), major lines every five. It is painted into a Canvas,
 * which the renderer then copies like an image: repainting the view under moving cards costs no line
 * drawing. The colours come from canvas.css through two hidden styled lines. Painted again on the next
 * layout after the view moves, so a pan frame costs one repaint.
 */
final class GridLayer extends Region {
    /** The world distance between grid lines, which snapping rounds to. */
    static final double STEP = 20;
    private static final int MAJOR_EVERY = 5;
    private static final double MIN_SCREEN_GAP = 8;

    private final Viewport viewport;
    private final Canvas canvas = new Canvas();
    private final Line minorStyle = new Line();
    private final Line majorStyle = new Line();

    GridLayer(Viewport viewport) {
        this.viewport = viewport;
        getStyleClass().add("canvas-grid");
        minorStyle.getStyleClass().add("grid-minor");
        majorStyle.getStyleClass().add("grid-major");
        minorStyle.setVisible(false);
        majorStyle.setVisible(false);
        getChildren().addAll(canvas, minorStyle, majorStyle);
        setMouseTransparent(true);
        setManaged(false);
        InvalidationListener repaint = o -> requestLayout();
        viewport.zoomProperty().addListener(repaint);
        viewport.offsetXProperty().addListener(repaint);
        viewport.offsetYProperty().addListener(repaint);
        widthProperty().addListener(repaint);
        heightProperty().addListener(repaint);
        minorStyle.strokeProperty().addListener(repaint);
        majorStyle.strokeProperty().addListener(repaint);
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        g.setLineWidth(1);
        if (STEP * viewport.zoom() >= MIN_SCREEN_GAP) {
            lines(g, paint(minorStyle), STEP, MAJOR_EVERY);
        }
        lines(g, paint(majorStyle), STEP * MAJOR_EVERY, 0);
    }

    private static Paint paint(Line style) {
        return style.getStroke() == null ? Color.TRANSPARENT : style.getStroke();
    }

    /** Lines every {@code step} world units across the view, leaving out every skip-th one (0: none). */
    private void lines(GraphicsContext g, Paint paint, double step, int skip) {
        g.setStroke(paint);
        Rectangle2D view = viewport.visibleWorld();
        double w = getWidth();
        double h = getHeight();
        g.beginPath();
        for (long i = (long) Math.floor(view.getMinX() / step); i * step <= view.getMaxX(); i++) {
            if (skip == 0 || i % skip != 0) {
                double x = crisp(viewport.toScreen(new Point2D(i * step, 0)).getX());
                g.moveTo(x, 0);
                g.lineTo(x, h);
            }
        }
        for (long i = (long) Math.floor(view.getMinY() / step); i * step <= view.getMaxY(); i++) {
            if (skip == 0 || i % skip != 0) {
                double y = crisp(viewport.toScreen(new Point2D(0, i * step)).getY());
                g.moveTo(0, y);
                g.lineTo(w, y);
            }
        }
        g.stroke();
    }

    /** A one-pixel line on a pixel centre, so it is sharp rather than two grey half pixels. */
    private static double crisp(double v) {
        return Math.floor(v) + 0.5;
    }
}

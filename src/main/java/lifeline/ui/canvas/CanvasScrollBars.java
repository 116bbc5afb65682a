package lifeline.ui.canvas;

import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.ScrollBar;

/**
 * Scroll bars over the drawing: their range is the drawing plus a margin, joined with what is in view, so
 * one can always scroll back to the cards and a little past them. Dragging a bar scrolls the viewport.
 */
final class CanvasScrollBars {
    private static final double MARGIN = 200;

    private final ScrollBar horizontal = new ScrollBar();
    private final ScrollBar vertical = new ScrollBar();
    private final Viewport viewport;
    private final Supplier<Rectangle2D> drawing;
    private boolean updating;

    CanvasScrollBars(Viewport viewport, Supplier<Rectangle2D> drawing) {
        this.viewport = viewport;
        this.drawing = drawing;
        horizontal.setOrientation(Orientation.HORIZONTAL);
        vertical.setOrientation(Orientation.VERTICAL);
        horizontal.getStyleClass().add("canvas-scroll-bar");
        vertical.getStyleClass().add("canvas-scroll-bar");
        InvalidationListener sync = o -> update();
        viewport.zoomProperty().addListener(sync);
        viewport.offsetXProperty().addListener(sync);
        viewport.offsetYProperty().addListener(sync);
        viewport.widthProperty().addListener(sync);
        viewport.heightProperty().addListener(sync);
        horizontal.valueProperty().addListener(o -> scrolled());
        vertical.valueProperty().addListener(o -> scrolled());
    }

    ScrollBar horizontal() {
        return horizontal;
    }

    ScrollBar vertical() {
        return vertical;
    }

    /** Recomputes the ranges, after the view or the drawing changed. */
    void update() {
        Rectangle2D view = viewport.visibleWorld();
        Rectangle2D cards = drawing.get();
        Rectangle2D all = cards == null ? view : new Rectangle2D(cards.getMinX() - MARGIN, cards.getMinY() - MARGIN,
                cards.getWidth() + 2 * MARGIN, cards.getHeight() + 2 * MARGIN);
        updating = true;
        try {
            set(horizontal, Math.min(all.getMinX(), view.getMinX()), Math.max(all.getMaxX(), view.getMaxX()),
                    view.getMinX(), view.getWidth());
            set(vertical, Math.min(all.getMinY(), view.getMinY()), Math.max(all.getMaxY(), view.getMaxY()),
                    view.getMinY(), view.getHeight());
        } finally {
            updating = false;
        }
    }

    private static void set(ScrollBar bar, double lo, double hi, double value, double visible) {
        double max = Math.max(lo, hi - visible);
        bar.setMin(lo);
        bar.setMax(max);
        bar.setVisibleAmount(hi - lo <= 0 ? 1 : visible * (max - lo) / (hi - lo));
        bar.setValue(Math.max(lo, Math.min(max, value)));
        bar.setUnitIncrement(GridLayer.STEP * 2);
        bar.setBlockIncrement(visible * 0.9);
    }

    private void scrolled() {
        if (!updating) {
            viewport.scrollTo(horizontal.getValue(), vertical.getValue());
        }
    }
}

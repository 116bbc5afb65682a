package lifeline.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.geometry.BoundingBox;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The zoom and scroll arithmetic of the canvas, without a window. */
class ViewportTest {
    private static final double EPS = 1e-9;
    private final Viewport v = new Viewport();

    @BeforeEach
    void size() {
        v.widthProperty().set(800);
        v.heightProperty().set(600);
    }

    @Test
    void zoomAtKeepsTheWorldPointUnderTheScreenPoint() {
        v.panBy(-130, 45);
        Point2D before = v.toWorld(250, 170);
        v.zoomAt(1.7, 250, 170);
        Point2D after = v.toWorld(250, 170);
        assertEquals(before.getX(), after.getX(), EPS);
        assertEquals(before.getY(), after.getY(), EPS);
        assertEquals(1.7, v.zoom(), EPS);
    }

    @Test
    void zoomStaysBetweenAQuarterAndFourTimes() {
        v.zoomProperty().set(100);
        assertEquals(Viewport.MAX_ZOOM, v.zoom(), EPS);
        v.zoomAt(0.001, 10, 10);
        assertEquals(Viewport.MIN_ZOOM, v.zoom(), EPS);
        v.zoomProperty().set(Double.NaN);
        assertEquals(1.0, v.zoom(), EPS);
    }

    @Test
    void settingTheZoomKeepsTheCentreOfTheView() {
        v.panBy(33, -12);
        Point2D centre = v.visibleCentre();
        v.zoomProperty().set(2.5);
        assertEquals(centre.getX(), v.visibleCentre().getX(), EPS);
        assertEquals(centre.getY(), v.visibleCentre().getY(), EPS);
    }

    @Test
    void screenAndWorldRoundTrip() {
        v.zoomAt(0.6, 400, 300);
        v.panBy(17, 23);
        Point2D w = new Point2D(123, -45);
        Point2D back = v.toWorld(v.toScreen(w).getX(), v.toScreen(w).getY());
        assertEquals(w.getX(), back.getX(), EPS);
        assertEquals(w.getY(), back.getY(), EPS);
    }

    @Test
    void fitCentresTheBoundsAndCapsTheZoom() {
        v.fit(new BoundingBox(100, 100, 1440, 1040), 40, 0.25, 1.5);
        assertEquals(0.5, v.zoom(), EPS);
        Rectangle2D view = v.visibleWorld();
        assertEquals(100 + 720, view.getMinX() + view.getWidth() / 2, EPS);
        assertEquals(100 + 520, view.getMinY() + view.getHeight() / 2, EPS);
        v.fit(new BoundingBox(0, 0, 10, 10), 40, 0.25, 1.5);
        assertEquals(1.5, v.zoom(), EPS);
    }

    @Test
    void fitZoomsOutNoFurtherThanTheMinimumAndThenShowsTheTopLeft() {
        v.fit(new BoundingBox(100, 100, 1440, 1040), 40, 0.75, 1.5);
        assertEquals(0.75, v.zoom(), EPS);
        Point2D topLeft = v.toScreen(new Point2D(100, 100));
        assertEquals(40, topLeft.getX(), EPS);
        assertEquals(40, topLeft.getY(), EPS);
    }

    @Test
    void scrollToPutsAWorldPointAtTheTopLeft() {
        v.zoomProperty().set(2);
        v.scrollTo(-40, 60);
        assertEquals(new Point2D(-40, 60), v.toWorld(0, 0));
    }
}

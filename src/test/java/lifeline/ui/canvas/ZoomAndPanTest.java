package lifeline.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import lifeline.ui.WindowTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Zoom in, out and to fit, Ctrl+wheel at the pointer, wheel and Space/middle-button panning, the export. */
@WindowTest
class ZoomAndPanTest {
    private static final double EPS = 1e-6;
    private final CanvasFixture fx = new CanvasFixture();

    @Start
    void start(Stage stage) {
        fx.start(stage);
    }

    @BeforeEach
    void open(FxRobot robot) {
        fx.open(robot, CanvasFixture.loose());
    }

    private double zoom() {
        return fx.canvas.zoomProperty().get();
    }

    @Test
    void zoomInAndOutStepAndStopAtTheLimits(FxRobot robot) {
        assertEquals(1.0, zoom(), EPS);
        robot.interact(fx.canvas::zoomIn);
        assertEquals(1.25, zoom(), EPS);
        robot.interact(fx.canvas::zoomOut);
        robot.interact(fx.canvas::zoomOut);
        assertEquals(0.8, zoom(), EPS);
        robot.interact(() -> {
            for (int i = 0; i < 20; i++) {
                fx.canvas.zoomIn();
            }
        });
        assertEquals(4.0, zoom(), EPS);
        robot.interact(() -> {
            for (int i = 0; i < 20; i++) {
                fx.canvas.zoomOut();
            }
        });
        assertEquals(0.25, zoom(), EPS);
        robot.interact(fx.canvas::zoomReset);
        assertEquals(1.0, zoom(), EPS);
    }

    @Test
    void zoomToFitBringsEveryCardIntoView(FxRobot robot) {
        robot.interact(() -> {
            fx.canvas.zoomProperty().set(4);
        });
        Node pane = robot.lookup("#canvas-viewport").query();
        assertTrue(!inside(robot, fx.card(robot, "D1"), pane), "at 400% the device is out of view");
        robot.interact(fx.canvas::zoomToFit);
        assertTrue(zoom() < 4 && zoom() <= 1.5, "zoom " + zoom());
        for (lifeline.model.Node n : fx.doc.current().nodes()) {
            assertTrue(inside(robot, fx.card(robot, n.id()), pane), n.id() + " in view");
        }
    }

    private static boolean inside(FxRobot robot, Node card, Node pane) {
        Bounds c = card.localToScreen(card.getLayoutBounds());
        Bounds p = pane.localToScreen(pane.getLayoutBounds());
        return p.contains(c);
    }

    @Test
    void ctrlWheelZoomsAtThePointer(FxRobot robot) {
        Point2D at = fx.screen(robot, 400, 120);
        robot.moveTo(at);
        robot.press(KeyCode.CONTROL).scroll(3, VerticalDirection.UP).release(KeyCode.CONTROL);
        assertNotEquals(1.0, zoom(), EPS);
        Point2D under = fx.canvas.screenToWorld(at.getX(), at.getY());
        assertEquals(400, under.getX(), 1.0 / zoom() + EPS, "the drawing under the pointer stays there");
        assertEquals(120, under.getY(), 1.0 / zoom() + EPS);
    }

    @Test
    void theWheelScrolls(FxRobot robot) {
        Point2D at = fx.screen(robot, 400, 120);
        robot.moveTo(at);
        Point2D before = fx.canvas.screenToWorld(at.getX(), at.getY());
        robot.scroll(3, VerticalDirection.DOWN);
        Point2D after = fx.canvas.screenToWorld(at.getX(), at.getY());
        assertEquals(1.0, zoom(), EPS);
        assertNotEquals(before.getY(), after.getY(), EPS);
        assertEquals(before.getX(), after.getX(), EPS);
    }

    @Test
    void spaceDragAndMiddleDragPan(FxRobot robot) {
        Point2D from = fx.screen(robot, 300, 560);
        Point2D before = fx.canvas.screenToWorld(from.getX(), from.getY());
        robot.clickOn(from);
        robot.press(KeyCode.SPACE);
        robot.drag(from, MouseButton.PRIMARY).moveBy(-50, -30).release(MouseButton.PRIMARY);
        robot.release(KeyCode.SPACE);
        Point2D after = fx.canvas.screenToWorld(from.getX(), from.getY());
        assertEquals(before.getX() + 50, after.getX(), EPS);
        assertEquals(before.getY() + 30, after.getY(), EPS);
        assertEquals(java.util.Set.of(), fx.doc.selection().snapshot(), "a pan is no rubber band");
        robot.drag(from, MouseButton.MIDDLE).moveBy(50, 30).release(MouseButton.MIDDLE);
        Point2D back = fx.canvas.screenToWorld(from.getX(), from.getY());
        assertEquals(before.getX(), back.getX(), EPS);
        assertEquals(before.getY(), back.getY(), EPS);
    }

    @Test
    void theExportedImageHoldsTheWholeDrawingWhateverIsInView(FxRobot robot) {
        robot.interact(() -> fx.canvas.zoomProperty().set(4));
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = fx.canvas.snapshotDrawing());
        Bounds d = fx.card(robot, "D1").getBoundsInParent();
        assertTrue(image[0].getWidth() >= d.getMaxX() - 40, "width " + image[0].getWidth());
        assertTrue(image[0].getHeight() >= d.getMaxY() - 40, "height " + image[0].getHeight());
        assertTrue(image[0].getWidth() < 1200, "at 100%, not at the view's 400%");
    }
}

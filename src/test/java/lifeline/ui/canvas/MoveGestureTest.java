package lifeline.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import lifeline.model.Position;
import lifeline.model.Scenario;
import lifeline.ui.WindowTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Dragging cards and nudging them with the arrows: one undo step each, snapped to the grid when asked. */
@WindowTest
class MoveGestureTest {
    private final CanvasFixture fx = new CanvasFixture();

    @Start
    void start(Stage stage) {
        fx.start(stage);
    }

    @BeforeEach
    void open(FxRobot robot) {
        fx.open(robot, CanvasFixture.loose());
    }

    private Position position(String id) {
        return fx.doc.current().node(id).orElseThrow().position();
    }

    @Test
    void aDragIsOneUndoStepAndUndoAndRedoRestoreTheModelExactly(FxRobot robot) {
        Scenario before = fx.doc.current();
        robot.drag(fx.card(robot, "P1")).moveBy(60, 0).moveBy(0, 40).moveBy(33, 7).release(MouseButton.PRIMARY);
        Scenario after = fx.doc.current();
        assertNotEquals(before, after);
        assertEquals(new Position(140, 80), position("P1"), "40 + 93 and 40 + 47, snapped to the 20px grid");
        assertEquals("Undo move object", fx.doc.undoTextProperty().get());
        robot.interact(fx.doc::undo);
        assertEquals(before, fx.doc.current());
        assertFalse(fx.doc.canUndoProperty().get(), "the whole drag was one step");
        robot.interact(fx.doc::redo);
        assertEquals(after, fx.doc.current());
    }

    @Test
    void withoutSnappingACardFollowsThePointerExactly(FxRobot robot) {
        robot.interact(() -> fx.canvas.snapToGridProperty().set(false));
        robot.drag(fx.card(robot, "P1")).moveBy(33, 17).release(MouseButton.PRIMARY);
        assertEquals(new Position(73, 57), position("P1"));
    }

    @Test
    void draggingOneSelectedCardMovesTheWholeSelection(FxRobot robot) {
        robot.clickOn(fx.card(robot, "P1"));
        robot.press(KeyCode.SHIFT).clickOn(fx.card(robot, "F1")).release(KeyCode.SHIFT);
        robot.drag(fx.card(robot, "F1")).moveBy(40, 20).release(MouseButton.PRIMARY);
        assertEquals(new Position(80, 60), position("P1"));
        assertEquals(new Position(380, 60), position("F1"));
        assertEquals(new Position(40, 300), position("P2"), "an unselected card stays");
        robot.interact(fx.doc::undo);
        assertEquals(CanvasFixture.loose(), fx.doc.current());
    }

    @Test
    void escapeDuringADragPutsTheCardsBackAndLeavesNoUndoStep(FxRobot robot) {
        Scenario before = fx.doc.current();
        robot.drag(fx.card(robot, "P1")).moveBy(80, 60);
        assertNotEquals(before, fx.doc.current(), "the card moves while dragging");
        robot.type(KeyCode.ESCAPE);
        robot.release(MouseButton.PRIMARY);
        assertEquals(before, fx.doc.current());
        assertFalse(fx.doc.canUndoProperty().get());
    }

    @Test
    void linesFollowACardWhileItIsDragged(FxRobot robot) {
        // the line as drawn now: straight, or routed around the cards in the frame of each move
        EdgeView line = robot.lookup("#edge-fd-P1-F1").queryAs(EdgeView.class);
        double startY = line.points().get(0).getY();
        robot.drag(fx.card(robot, "P1")).moveBy(0, 120);
        double nowY = line.points().get(0).getY();
        assertTrue(nowY > startY + 60, "the fd line leaves the card where it is now: " + nowY);
        robot.release(MouseButton.PRIMARY);
    }

    @Test
    void arrowsNudgeTheSelectionOneCommandAPress(FxRobot robot) {
        robot.clickOn(fx.card(robot, "P1"));
        robot.press(KeyCode.SHIFT).clickOn(fx.card(robot, "P2")).release(KeyCode.SHIFT);
        robot.type(KeyCode.RIGHT);
        assertEquals(new Position(60, 40), position("P1"));
        assertEquals(new Position(60, 300), position("P2"));
        robot.type(KeyCode.DOWN);
        assertEquals(new Position(60, 60), position("P1"));
        robot.interact(fx.doc::undo);
        assertEquals(new Position(60, 40), position("P1"), "each press is its own step");
        robot.interact(fx.doc::undo);
        assertEquals(CanvasFixture.loose(), fx.doc.current());
    }

    @Test
    void draggingACardToTheEdgeScrollsTheViewAndTheCardGoesOn(FxRobot robot) {
        javafx.scene.Node pane = robot.lookup("#canvas-viewport").query();
        javafx.geometry.Bounds view = pane.localToScreen(pane.getLayoutBounds());
        javafx.geometry.Point2D corner = new javafx.geometry.Point2D(view.getMinX() + 5, view.getMinY() + 5);
        double leftBefore = fx.canvas.screenToWorld(corner.getX(), corner.getY()).getX();
        robot.drag(fx.card(robot, "P1")).moveTo(new javafx.geometry.Point2D(view.getMaxX() - 4, view.getCenterY()));
        for (int i = 0; i < 5; i++) {
            robot.moveBy(0, 1);
        }
        robot.release(MouseButton.PRIMARY);
        double leftAfter = fx.canvas.screenToWorld(corner.getX(), corner.getY()).getX();
        assertTrue(leftAfter > leftBefore, "the view scrolled right: " + leftBefore + " -> " + leftAfter);
        assertTrue(position("P1").x() > view.getWidth() - 100, "the card went past the old edge: " + position("P1"));
        assertEquals("Undo move object", fx.doc.undoTextProperty().get());
        robot.interact(fx.doc::undo);
        assertFalse(fx.doc.canUndoProperty().get(), "still one step");
    }

    @Test
    void aClickWithoutMovingMovesNothing(FxRobot robot) {
        robot.clickOn(fx.card(robot, "F2"));
        assertFalse(fx.doc.canUndoProperty().get());
        assertEquals(java.util.Set.of("F2"), fx.doc.selection().snapshot());
    }
}

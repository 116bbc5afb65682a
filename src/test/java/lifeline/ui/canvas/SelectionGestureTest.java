package lifeline.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import lifeline.model.Node;
import lifeline.model.Position;
import lifeline.model.ProcessNode;
import lifeline.model.Scenario;
import lifeline.ui.WindowTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Click, Shift/Ctrl+click and rubber-band selection, and what the Edit menu's keys do with it. */
@WindowTest
class SelectionGestureTest {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private final CanvasFixture fx = new CanvasFixture();

    @Start
    void start(Stage stage) {
        fx.start(stage);
    }

    @BeforeEach
    void open(FxRobot robot) {
        fx.open(robot, CanvasFixture.loose());
    }

    private Set<String> selected() {
        return fx.doc.selection().snapshot();
    }

    @Test
    void aClickSelectsShiftAndCtrlClickToggleAClickOnEmptySpaceClears(FxRobot robot) {
        robot.clickOn(fx.card(robot, "P1"));
        assertEquals(Set.of("P1"), selected());
        assertTrue(fx.card(robot, "P1").getPseudoClassStates().contains(SELECTED));
        robot.press(KeyCode.SHIFT).clickOn(fx.card(robot, "F1")).release(KeyCode.SHIFT);
        assertEquals(Set.of("P1", "F1"), selected());
        robot.press(KeyCode.CONTROL).clickOn(fx.card(robot, "P1")).release(KeyCode.CONTROL);
        assertEquals(Set.of("F1"), selected());
        assertFalse(fx.card(robot, "P1").getPseudoClassStates().contains(SELECTED));
        robot.clickOn(fx.card(robot, "E1"));
        assertEquals(Set.of("E1"), selected(), "a plain click selects only that card");
        robot.clickOn(fx.screen(robot, 300, 560));
        assertEquals(Set.of(), selected());
    }

    @Test
    void aRubberBandSelectsTheCardsItTouches(FxRobot robot) {
        band(robot, new Point2D(10, 10), new Point2D(250, 330));
        assertEquals(Set.of("P1", "P2", "P3"), selected());
        robot.press(KeyCode.SHIFT);
        band(robot, new Point2D(560, 560), new Point2D(620, 420));
        robot.release(KeyCode.SHIFT);
        assertEquals(Set.of("P1", "P2", "P3", "D1"), selected(), "Shift adds the band's cards");
        assertTrue(robot.lookup(".rubber-band").queryAll().isEmpty(), "the band goes with the release");
    }

    private void band(FxRobot robot, Point2D fromWorld, Point2D toWorld) {
        robot.drag(fx.screen(robot, fromWorld.getX(), fromWorld.getY()), MouseButton.PRIMARY)
                .moveTo(fx.screen(robot, toWorld.getX(), toWorld.getY())).release(MouseButton.PRIMARY);
    }

    @Test
    void escapeClearsTheSelection(FxRobot robot) {
        robot.clickOn(fx.card(robot, "P1"));
        robot.type(KeyCode.ESCAPE);
        assertEquals(Set.of(), selected());
    }

    @Test
    void deleteRemovesTheSelectionAndUndoBringsItBack(FxRobot robot) {
        Scenario before = fx.doc.current();
        robot.clickOn(fx.card(robot, "P2"));
        robot.press(KeyCode.SHIFT).clickOn(fx.card(robot, "B1")).release(KeyCode.SHIFT);
        robot.type(KeyCode.DELETE);
        assertTrue(fx.doc.current().node("P2").isEmpty());
        assertTrue(fx.doc.current().node("B1").isEmpty());
        assertTrue(robot.lookup("#node-P2").queryAll().isEmpty(), "the card goes with the node");
        assertTrue(robot.lookup("#edge-fd-P2-B1").queryAll().isEmpty(), "and so does its line");
        robot.interact(fx.doc::undo);
        assertEquals(before, fx.doc.current());
        assertEquals(1, robot.lookup("#node-P2").queryAll().size());
    }

    /**
     * Monocle's robot presses the right button but does not raise the menu request a desktop does with it,
     * so the test raises that ContextMenuEvent on the pressed node itself, after the real right press.
     */
    private static void rightClick(FxRobot robot, javafx.scene.Node target) {
        robot.rightClickOn(target);
        robot.interact(() -> {
            javafx.geometry.Bounds b = target.getLayoutBounds();
            Point2D local = new Point2D(b.getCenterX(), b.getCenterY());
            Point2D screen = target.localToScreen(local);
            Point2D scene = target.localToScene(local);
            javafx.event.Event.fireEvent(target, new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, local.getX(), local.getY(),
                    screen.getX(), screen.getY(), false,
                    new javafx.scene.input.PickResult(target, scene.getX(), scene.getY())));
        });
    }

    @Test
    void aCardsMenuDeletesTheSelectionAndALinesMenuDisconnectsIt(FxRobot robot) {
        rightClick(robot, fx.card(robot, "H1"));
        assertEquals(Set.of("H1"), selected(), "a right press selects the card");
        robot.clickOn("Delete");
        assertTrue(fx.doc.current().node("H1").isEmpty());
        rightClick(robot, robot.lookup("#edge-fd-P1-F1-label").query());
        robot.clickOn("Disconnect fd 3: app -> /dev/poll");
        assertFalse(fx.doc.current().fds().contains(new lifeline.model.FdLink("P1", 3, "F1")));
        assertTrue(robot.lookup("#edge-fd-P1-F1").queryAll().isEmpty());
    }

    @Test
    void copyAndPasteDuplicateTheSelection(FxRobot robot) {
        robot.clickOn(fx.card(robot, "P3"));
        robot.push(KeyCode.CONTROL, KeyCode.C);
        robot.push(KeyCode.CONTROL, KeyCode.V);
        Scenario s = fx.doc.current();
        assertEquals(CanvasFixture.loose().processes().size() + 1, s.processes().size());
        ProcessNode copy = s.processes().get(s.processes().size() - 1);
        assertEquals(new Position(64, 204), copy.position(), "one clipboard step down and right");
        assertEquals(Set.of(copy.id()), selected(), "the pasted node is selected");
        assertEquals(1, robot.lookup("#node-" + copy.id()).queryAll().size());
    }

    @Test
    void selectAllSelectsEveryCard(FxRobot robot) {
        robot.clickOn(fx.card(robot, "P1"));
        robot.push(KeyCode.CONTROL, KeyCode.A);
        for (Node n : fx.doc.current().nodes()) {
            assertTrue(fx.card(robot, n.id()).getPseudoClassStates().contains(SELECTED), n.id());
        }
    }
}

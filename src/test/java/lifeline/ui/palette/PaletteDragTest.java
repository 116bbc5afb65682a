package lifeline.ui.palette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import lifeline.edit.AddNode;
import lifeline.edit.NodeKind;
import lifeline.model.Position;
import lifeline.model.Scenario;
import lifeline.model.WorkqueueThread;
import lifeline.ui.LifelineApp;
import lifeline.ui.WindowTest;
import lifeline.ui.canvas.CanvasView;
import lifeline.ui.document.DocumentModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Palette items dragged onto the canvas with the real drag and drop (Monocle carries the Dragboard), or
 * clicked, create their kind of object; a kind the scenario cannot take is greyed out and says why.
 */
@WindowTest
class PaletteDragTest {
    private static final PseudoClass UNAVAILABLE = PseudoClass.getPseudoClass("unavailable");
    private CanvasView canvas;
    private DocumentModel doc;

    @Start
    void start(Stage stage) {
        LifelineApp app = new LifelineApp();
        app.start(stage);
        canvas = app.window().canvas();
        doc = canvas.document();
    }

    @BeforeEach
    void empty(FxRobot robot) {
        robot.interact(() -> doc.reset(Scenario.empty(), null, "empty"));
        robot.interact(PaletteDragTest::forgetMonocleDragView);
    }

    /**
     * Monocle's MouseInput keeps, in its field dragView, the view of the first mouse event after the
     * last drop (it is set only while null, and cleared only by a drop), and on the first move of the
     * next drag it sends a drag-leave to that view when the pointer is over another: in a JVM where
     * an earlier test class clicked in its own window and never dropped, that is a view of a closed
     * window that never saw a drag-enter, and JavaFX fails on it (View.notifyDragLeave: a null
     * dropTargetAssistant), so the drop never comes. Cleared, the field takes the view of this
     * test's next mouse event, in this window, as it does after a drop.
     */
    private static void forgetMonocleDragView() {
        try {
            Class<?> mouseInput = Class.forName("com.sun.glass.ui.monocle.MouseInput");
            java.lang.reflect.Method getInstance = mouseInput.getDeclaredMethod("getInstance");
            getInstance.setAccessible(true);
            Object instance = getInstance.invoke(null);
            java.lang.reflect.Field dragView = mouseInput.getDeclaredField("dragView");
            dragView.setAccessible(true);
            dragView.set(instance, null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Monocle's MouseInput has changed: " + e, e);
        }
    }

    private Point2D onCanvas(FxRobot robot, double x, double y) {
        Node pane = robot.lookup("#canvas-viewport").query();
        return pane.localToScreen(x, y);
    }

    @ParameterizedTest
    @EnumSource(NodeKind.class)
    void draggingAnItemOntoTheCanvasCreatesItsKindAtTheDropPoint(NodeKind kind, FxRobot robot) {
        Point2D target = onCanvas(robot, 310, 230);
        robot.drag("#palette-" + kind.name(), MouseButton.PRIMARY).moveTo(target).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        List<lifeline.model.Node> nodes = doc.current().nodes();
        assertEquals(1, nodes.size(), doc.statusProperty().get());
        lifeline.model.Node n = nodes.get(0);
        assertEquals(kind, NodeKind.of(n));
        Point2D dropped = canvas.screenToWorld(target.getX(), target.getY());
        Position p = n.position();
        assertTrue(Math.abs(p.x() - dropped.getX()) <= 80 && Math.abs(p.y() - dropped.getY()) <= 40,
                "the card lands under the pointer: " + p + " for a drop at " + dropped);
        assertEquals(0, p.x() % 20, "snapped to the grid");
        assertEquals(0, p.y() % 20, "snapped to the grid");
        assertEquals(Set.of(n.id()), doc.selection().snapshot(), "the new object is selected");
        assertEquals(1, robot.lookup("#node-" + n.id()).queryAll().size());
    }

    @Test
    void clickingAnItemAddsItAtTheCentreOfTheViewAndSelectsIt(FxRobot robot) {
        robot.clickOn("#palette-DRIVER_FILE");
        assertEquals(1, doc.current().files().size());
        Node card = robot.lookup("#node-F1").query();
        Node pane = robot.lookup("#canvas-viewport").query();
        var c = card.localToScreen(card.getLayoutBounds());
        var v = pane.localToScreen(pane.getLayoutBounds());
        assertTrue(Math.abs(c.getCenterX() - v.getCenterX()) < 60 && Math.abs(c.getCenterY() - v.getCenterY()) < 40,
                "card " + c + " view " + v);
        assertEquals(Set.of("F1"), doc.selection().snapshot());
        robot.clickOn("#palette-DRIVER_FILE");
        assertEquals(2, doc.current().files().size());
        assertFalse(doc.current().files().get(0).position().equals(doc.current().files().get(1).position()),
                "a second click does not stack the new card on the first");
    }

    @Test
    void enterOnAFocusedItemAddsIt(FxRobot robot) {
        robot.interact(() -> robot.lookup("#palette-EPOLL").query().requestFocus());
        robot.type(KeyCode.ENTER);
        assertEquals(1, doc.current().files().size());
    }

    @Test
    void aSecondKworkerIsGreyedOutAndCannotBeAdded(FxRobot robot) {
        Node item = robot.lookup("#palette-WORKQUEUE_THREAD").query();
        assertFalse(item.getPseudoClassStates().contains(UNAVAILABLE));
        robot.clickOn(item);
        assertTrue(doc.current().kworker() instanceof WorkqueueThread);
        assertTrue(item.getPseudoClassStates().contains(UNAVAILABLE));
        Scenario one = doc.current();
        robot.clickOn(item);
        robot.drag(item, MouseButton.PRIMARY).moveTo(onCanvas(robot, 200, 400)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(one, doc.current());
        String why = AddNode.refusal(one, NodeKind.WORKQUEUE_THREAD).orElseThrow();
        assertEquals(why, tooltip(item).getText());
        robot.interact(doc::undo);
        assertFalse(item.getPseudoClassStates().contains(UNAVAILABLE), "undo makes room again");
    }

    @Test
    void everyKindHasAnItemWithAGlyphItsLabelAndTheKernelsDescription(FxRobot robot) {
        for (NodeKind k : NodeKind.values()) {
            Node item = robot.lookup("#palette-" + k.name()).query();
            assertEquals(1, robot.from(item).lookup(".glyph").queryAll().size(), k.name());
            assertEquals(k.label(), robot.from(item).lookup(".palette-item-label").queryAs(Label.class).getText());
            assertEquals(k.tooltip(), tooltip(item).getText());
        }
    }

    private static Tooltip tooltip(Node item) {
        return (Tooltip) item.getProperties().get("javafx.scene.control.Tooltip");
    }
}

package lifeline.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import lifeline.edit.MoveNodes;
import lifeline.io.Examples;
import lifeline.model.Position;
import lifeline.ui.WindowTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * View > Arrange Automatically runs off the FX thread (ELK's first layout in a JVM takes seconds): the canvas
 * says "Arranging…" and the menu item waits, the cards move once it is done, as one undo step; an edit made
 * meanwhile is kept and the layout, made for the drawing before it, dropped with a message.
 */
@WindowTest
class ArrangeInBackgroundTest {
    private final CanvasFixture fx = new CanvasFixture();

    @Start
    void start(Stage stage) {
        fx.start(stage);
    }

    private Map<String, Position> positions() {
        return fx.doc.current().nodes().stream()
                .collect(Collectors.toMap(lifeline.model.Node::id, lifeline.model.Node::position));
    }

    private MenuItem arrangeItem(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "arrangeItem".equals(i.getId())).findFirst().orElseThrow();
    }

    @Test
    void whileArrangingTheCanvasSaysSoAndTheCardsMoveOnceItIsDoneAsOneUndoStep(FxRobot robot) {
        fx.open(robot, Examples.load("seed000-binder-leak").orElseThrow());
        Map<String, Position> before = positions();
        Label notice = robot.lookup("#arranging-notice").queryAs(Label.class);
        AtomicBoolean started = new AtomicBoolean();
        AtomicBoolean shown = new AtomicBoolean();
        AtomicBoolean menuWaits = new AtomicBoolean();
        AtomicReference<Map<String, Position>> meanwhile = new AtomicReference<>();
        robot.interact(() -> {
            started.set(fx.canvas.arrangeAutomatically());
            shown.set(notice.isVisible());
            menuWaits.set(arrangeItem(robot).isDisable());
            meanwhile.set(positions());
        });
        assertTrue(started.get());
        assertTrue(shown.get(), "the canvas says Arranging… while the layout runs");
        assertEquals("Arranging\u2026", notice.getText());
        assertTrue(menuWaits.get(), "Arrange Automatically waits for the layout under way");
        assertEquals(before, meanwhile.get(), "the FX thread did not wait for the layout");

        fx.awaitArranged();
        assertFalse(notice.isVisible());
        assertFalse(arrangeItem(robot).isDisable());
        assertEquals("Undo arrange automatically", fx.doc.undoTextProperty().get());
        robot.interact(fx.doc::undo);
        assertEquals(before, positions());
    }

    @Test
    void anEditMadeWhileArrangingIsKeptAndTheLayoutForTheDrawingBeforeItDropped(FxRobot robot) {
        fx.open(robot, Examples.load("seed000-binder-leak").orElseThrow());
        Map<String, Position> expected = new HashMap<>(positions());
        String moved = fx.doc.current().nodes().get(0).id();
        Position to = new Position(expected.get(moved).x() + 200, expected.get(moved).y() + 400);
        expected.put(moved, to);
        robot.interact(() -> {
            assertTrue(fx.canvas.arrangeAutomatically());
            fx.doc.execute(new MoveNodes(Map.of(moved, to)));
        });
        fx.awaitArranged();
        assertEquals(expected, positions(), "the edit is kept, no card moved by the stale layout");
        assertEquals("Undo move object", fx.doc.undoTextProperty().get());
        Label message = robot.lookup("#refusal-toast").queryAs(Label.class);
        assertTrue(message.isVisible());
        assertTrue(message.getText().startsWith("The drawing changed while it was being arranged"),
                message.getText());
    }
}

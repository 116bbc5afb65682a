package lifeline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import lifeline.model.Position;
import lifeline.ui.files.AppHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** View > Arrange Automatically, and Help's legend and shortcuts beside About. */
@WindowTest
class MenusTest {
    @TempDir
    Path dir;
    private AppHarness app;

    @Start
    void start(Stage stage) {
        app = new AppHarness(stage, dir.resolve("settings.properties"));
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream().filter(w -> w != app.stage)
                .forEach(Window::hide));
        app.settle();
    }

    @Test
    void arrangeAutomaticallyMovesTheCardsAsOneUndoStep(FxRobot robot) {
        Map<String, Position> before = positions();
        app.fire("arrangeItem");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(app.doc.canUndoProperty().get());
        assertEquals("Undo arrange automatically", app.doc.undoTextProperty().get());
        robot.interact(app.doc::undo);
        assertEquals(before, positions());
        assertFalse(app.doc.canUndoProperty().get());
    }

    private Map<String, Position> positions() {
        return app.doc.current().nodes().stream()
                .collect(Collectors.toMap(lifeline.model.Node::id, lifeline.model.Node::position));
    }

    @Test
    void helpHasALegendAndAListOfShortcutsBesideAbout(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Menu help = bar.getMenus().get(bar.getMenus().size() - 1);
        assertEquals(java.util.Arrays.asList("legendItem", "shortcutsItem", null, "aboutItem"),
                help.getItems().stream().map(MenuItem::getId).toList());

        app.fire("legendItem");
        WaitForAsyncUtils.waitForFxEvents();
        GridPane legend = robot.lookup("#help-legend").queryAs(GridPane.class);
        List<String> texts = texts(legend);
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("orange: a known bug pattern")), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("red: where the fault")), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("watch:")), texts.toString());
        assertFalse(legend.lookupAll(".badge-warn").isEmpty(), "the chips are drawn as on the canvas");
        assertFalse(legend.lookupAll(".mark").isEmpty(), "so are the marks of a trace");

        app.fire("shortcutsItem");
        WaitForAsyncUtils.waitForFxEvents();
        GridPane keys = robot.lookup("#help-shortcuts").queryAs(GridPane.class);
        List<String> shortcuts = texts(keys);
        assertTrue(shortcuts.contains("Edit > Undo"), shortcuts.toString());
        assertTrue(shortcuts.contains("View > Arrange Automatically"), shortcuts.toString());
        assertTrue(shortcuts.contains("Check > Check Scenario"), shortcuts.toString());
        assertTrue(shortcuts.contains("Trace player: previous / next step"), shortcuts.toString());
        assertTrue(shortcuts.contains("F5"), shortcuts.toString());
    }

    private static List<String> texts(Node root) {
        return root.lookupAll(".label").stream().map(n -> ((Label) n).getText()).toList();
    }
}

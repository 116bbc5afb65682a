package lifeline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
    void arrangeAutomaticallyMovesTheCardsAsOneUndoStep(FxRobot robot) throws TimeoutException {
        Map<String, Position> before = positions();
        app.fire("arrangeItem");
        // the layout runs off the FX thread and comes back as one edit
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> app.doc.canUndoProperty().get());
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
        assertTrue(shortcuts.contains("Step list: open a folded step (\u25B8) in place, or fold it back"));

        // Every accelerator of every menu (submenus too) is listed beside its item, and every key of a view.
        List<String> missing = new java.util.ArrayList<>();
        for (Menu m : bar.getMenus()) {
            accelerators(m, m.getText().replace("_", ""), missing, shortcuts);
        }
        assertEquals(List.of(), missing);
        for (String[] k : lifeline.ui.shell.HelpWindows.viewKeys()) {
            assertTrue(shortcuts.contains(k[0]) && shortcuts.contains(k[1]), k[0]);
        }
        assertTrue(legendHasStoryChips(legend), "the legend shows the story's chips");
    }

    private static boolean legendHasStoryChips(GridPane legend) {
        List<String> chips = legend.lookupAll(".story-chip").stream().map(n -> ((Label) n).getText()).toList();
        return chips.containsAll(List.of("freed here", "used here", "lost here", "held by tgid 1200"));
    }

    private static void accelerators(Menu menu, String path, List<String> missing, List<String> shown) {
        for (MenuItem item : menu.getItems()) {
            String text = item.getText() == null ? "" : item.getText().replace("_", "").replace("\u2026", "");
            if (item instanceof Menu sub) {
                accelerators(sub, path + " > " + text, missing, shown);
            } else if (item.getAccelerator() != null) {
                int at = shown.indexOf(path + " > " + text);
                if (at < 1 || !shown.get(at - 1).equals(item.getAccelerator().getDisplayText())) {
                    missing.add(item.getAccelerator().getDisplayText() + " " + path + " > " + text);
                }
            }
        }
    }

    private static List<String> texts(Node root) {
        return root.lookupAll(".label").stream().map(n -> ((Label) n).getText()).toList();
    }
}

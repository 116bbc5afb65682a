package lifeline.ui.files;

import static lifeline.ui.files.AppHarness.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Stage;
import lifeline.io.Examples;
import lifeline.io.ScenarioFiles;
import lifeline.ui.WindowTest;
import lifeline.ui.shell.Themes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.Start;

/** File > Open Recent, and the theme choice the same store keeps. */
@WindowTest
class RecentMenuTest {
    @TempDir
    Path dir;
    private AppHarness app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new AppHarness(stage, dir.resolve("settings.properties"));
    }

    @AfterEach
    void settle() {
        app.settle();
    }

    private Path scenario(String name) throws Exception {
        Path p = dir.resolve(name);
        ScenarioFiles.write(p, Examples.load("seed000-binder-leak").orElseThrow());
        return p;
    }

    private List<String> recentItems() {
        return onFx(() -> ((Menu) app.item("recentMenu")).getItems().stream()
                .filter(i -> !(i instanceof SeparatorMenuItem)).map(i -> i.getText() + (i.isDisable() ? " [off]" : ""))
                .toList());
    }

    @Test
    void openedAndSavedFilesAreListedMostRecentFirstAndOpenAgain() throws Exception {
        assertEquals(List.of("No Recent Files [off]"), recentItems());
        Path a = scenario("a.lifeline.json");
        Path b = scenario("b.lifeline.json");
        onFx(() -> app.files().load(a));
        app.dialogs.saveTo(b).overwrite(true);
        app.fire("saveAsItem");
        String where = RecentMenu.label(a).substring("a.lifeline.json".length());
        assertEquals(List.of("b.lifeline.json" + where, "a.lifeline.json" + where, "Clear Recent Files"),
                recentItems());
        assertTrue(where.contains(dir.getFileName().toString()), where);

        app.fire("recent-1");
        assertEquals(a, app.doc.currentFile().orElseThrow());
        assertEquals(List.of(a, b), app.files().recent().paths());
    }

    @Test
    void aFileThatHasGoneIsGreyedOutAndClearEmptiesTheList() throws Exception {
        Path a = scenario("a.lifeline.json");
        Path gone = scenario("gone.lifeline.json");
        onFx(() -> app.files().load(gone));
        onFx(() -> app.files().load(a));
        Files.delete(gone);
        onFx(() -> ((Menu) app.item("recentMenu")).getOnShowing().handle(null));
        List<String> items = recentItems();
        assertFalse(items.get(0).endsWith("[off]"), items.toString());
        assertTrue(items.get(1).startsWith("gone.lifeline.json") && items.get(1).endsWith("(missing) [off]"),
                items.toString());

        app.fire("recent-clear");
        assertEquals(List.of("No Recent Files [off]"), recentItems());
    }

    @Test
    void openingARecentFileThatVanishedReportsItAndDropsIt() throws Exception {
        Path gone = scenario("gone.lifeline.json");
        onFx(() -> app.files().load(gone));
        onFx(() -> app.files().newDocument());
        Files.delete(gone);
        onFx(() -> app.files().openRecent(gone));
        assertEquals(List.of("error Cannot open \u201cgone.lifeline.json\u201d"), app.dialogs.asked);
        assertTrue(app.dialogs.errors.get(0).endsWith("cannot read: no such file or folder"), app.dialogs.errors.get(0));
        assertEquals(List.of(), app.files().recent().paths());
    }

    @Test
    void theDarkThemeChoiceIsRemembered() {
        MenuItem dark = app.item("darkItem");
        onFx(() -> ((CheckMenuItem) dark).setSelected(true));
        assertTrue(stage.getScene().getStylesheets().stream().anyMatch(s -> s.endsWith("dark.css")));
        assertTrue(app.settings.darkTheme());

        AppHarness again = onFx(() -> new AppHarness(stage, app.settings.file()));
        assertTrue(stage.getScene().getStylesheets().stream().anyMatch(s -> s.endsWith("dark.css")),
                stage.getScene().getStylesheets().toString());
        assertTrue(((CheckMenuItem) again.item("darkItem")).isSelected());
        onFx(() -> Themes.apply(stage.getScene(), false));
    }
}

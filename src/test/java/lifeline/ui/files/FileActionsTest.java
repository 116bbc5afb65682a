package lifeline.ui.files;

import static lifeline.ui.files.AppHarness.onFx;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import lifeline.edit.SetTitle;
import lifeline.io.Examples;
import lifeline.io.ScenarioFiles;
import lifeline.model.Scenario;
import lifeline.ui.LifelineApp;
import lifeline.ui.WindowTest;
import lifeline.ui.files.FileDialogs.ChosenFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.framework.junit5.Start;

/** New, Open, Save and Save As through the File menu, with real files and scripted dialogs. */
@WindowTest
class FileActionsTest {
    @TempDir
    Path dir;
    private AppHarness app;

    @BeforeAll
    static void keepTheToolkitWhenAWindowCloses() {
        Platform.setImplicitExit(false);
    }

    @Start
    void start(Stage stage) {
        app = new AppHarness(stage, dir.resolve("settings.properties"));
    }

    @AfterEach
    void settle() {
        app.settle();
    }

    private void edit() {
        onFx(() -> app.doc.execute(new SetTitle("edited", "by a test")));
    }

    private Path saved(String name) throws Exception {
        Path p = dir.resolve(name);
        ScenarioFiles.write(p, Examples.load("seed002-flush-double-free").orElseThrow());
        return p;
    }

    @Test
    void saveThenOpenGivesAnEqualScenarioWrittenAsScenarioFilesWritesIt() throws Exception {
        edit();
        Scenario edited = app.doc.current();
        app.dialogs.saveTo(dir.resolve("mine"));
        app.fire("saveItem");

        Path file = dir.resolve("mine.lifeline.json");
        assertEquals(List.of("save SCENARIO " + LifelineApp.FIRST_EXAMPLE + ".lifeline.json"), app.dialogs.asked);
        assertFalse(app.doc.dirtyProperty().get());
        assertEquals("mine.lifeline.json \u2014 Lifeline", app.stage.getTitle());
        Path reference = dir.resolve("reference.json");
        ScenarioFiles.write(reference, edited);
        assertArrayEquals(Files.readAllBytes(reference), Files.readAllBytes(file));

        app.fire("newItem");
        assertEquals(Scenario.empty(), app.doc.current());
        app.dialogs.open(file);
        app.fire("openItem");
        assertEquals(edited, app.doc.current());
        assertEquals(file, app.doc.currentFile().orElseThrow());
        assertFalse(app.doc.dirtyProperty().get());
    }

    @Test
    void saveWritesTheDocumentsOwnFileWithoutAsking() throws Exception {
        Path file = saved("own.lifeline.json");
        onFx(() -> app.files().load(file));
        edit();
        app.fire("saveItem");
        assertEquals(List.of(), app.dialogs.asked);
        assertEquals("edited", ScenarioFiles.read(file).title());
        assertEquals("Saved own.lifeline.json", app.doc.statusProperty().get());

    }

    @Test
    void saveAsAsksBeforeReplacingAFileAndKeepsItWhenTheAnswerIsNo() throws Exception {
        Path existing = dir.resolve("taken.lifeline.json");
        Files.writeString(existing, "precious");
        edit();
        app.dialogs.saveTo(dir.resolve("taken")).overwrite(false);
        app.fire("saveAsItem");
        assertEquals("precious", Files.readString(existing));
        assertTrue(app.doc.dirtyProperty().get());
        assertTrue(app.doc.currentFile().isEmpty());

        app.dialogs.saveTo(existing).overwrite(true);
        app.fire("saveAsItem");
        assertEquals(List.of("save SCENARIO " + LifelineApp.FIRST_EXAMPLE + ".lifeline.json",
                "overwrite [taken.lifeline.json]", "save SCENARIO " + LifelineApp.FIRST_EXAMPLE + ".lifeline.json",
                "overwrite [taken.lifeline.json]"), app.dialogs.asked);
        assertEquals("edited", ScenarioFiles.read(existing).title());
        assertFalse(app.doc.dirtyProperty().get());
    }

    @Test
    void saveAsDoesNotAskTwiceWhenTheNativeChooserAlreadyAsked() throws Exception {
        Path existing = saved("asked.lifeline.json");
        edit();
        app.dialogs.saveTo(new ChosenFile(existing, true));
        app.fire("saveAsItem");
        assertEquals(1, app.dialogs.asked.size(), app.dialogs.asked.toString());
        assertEquals("edited", ScenarioFiles.read(existing).title());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "truncated JSON       | TRUNCATE  | :20:10: the file ends inside a key",
        "a malformed number   | 300=3O0   | :11:",
        "a string for a tgid  | 300=\"x\"   | : processes[0].tgid: expected a whole number, found \"x\"",
        "not a scenario       | WHOLE=[1] | : "})
    void aFileThatCannotBeReadIsReportedWithItsPlaceAndChangesNothing(String what, String change, String where)
            throws Exception {
        String text = Examples.text("seed001-epoll-flush-uaf").orElseThrow();
        String broken = change.equals("TRUNCATE") ? text.substring(0, text.length() / 2)
                : change.startsWith("WHOLE=") ? change.substring(6)
                : text.replaceFirst(": " + change.split("=")[0] + ",", ": " + change.split("=")[1] + ",");
        Path file = dir.resolve("broken.lifeline.json");
        Files.writeString(file, broken);
        Scenario before = app.doc.current();
        String title = app.stage.getTitle();

        app.dialogs.open(file);
        app.fire("openItem");

        assertEquals(List.of("open", "error Cannot open \u201cbroken.lifeline.json\u201d"), app.dialogs.asked);
        assertTrue(app.dialogs.errors.get(0).startsWith(file + where), app.dialogs.errors.get(0));
        assertSame(before, app.doc.current());
        assertFalse(app.doc.dirtyProperty().get());
        assertEquals(title, app.stage.getTitle());
        assertTrue(app.doc.currentFile().isEmpty());
    }

    @Test
    void aFileThatReadsButDoesNotValidateOpensWithItsProblemsInTheStatusBar() throws Exception {
        String text = Examples.text("seed001-epoll-flush-uaf").orElseThrow()
                .replaceFirst("\"opener\" : \"P1\"", "\"opener\" : \"P9\"");
        Path file = dir.resolve("unfinished.lifeline.json");
        Files.writeString(file, text);
        app.dialogs.open(file);
        app.fire("openItem");
        assertEquals(List.of("open"), app.dialogs.asked);
        assertEquals(file, app.doc.currentFile().orElseThrow());
        String status = app.doc.statusProperty().get();
        assertTrue(status.startsWith("Opened unfinished.lifeline.json \u2014 1 problem: "), status);
        assertTrue(status.contains("there is no process P9"), status);
        assertEquals("1 problem", ((Label) app.stage.getScene().lookup(".status-validity"))
                .getText());
    }

    @Test
    void aSaveThatFailsIsReportedAndTheDocumentStaysDirty() throws Exception {
        edit();
        app.dialogs.saveTo(dir.resolve("no-such-folder").resolve("x.lifeline.json"));
        app.fire("saveItem");
        assertEquals("error Cannot save \u201cx.lifeline.json\u201d", app.dialogs.asked.get(1));
        assertTrue(app.doc.dirtyProperty().get());
    }

    /** What a user does that would lose unsaved changes. */
    enum Action { NEW, OPEN, EXAMPLE, CLOSE }

    @ParameterizedTest(name = "{0} then {1}")
    @CsvSource({"NEW, CANCEL", "NEW, DONT_SAVE", "NEW, SAVE", "OPEN, CANCEL", "OPEN, DONT_SAVE", "OPEN, SAVE",
        "EXAMPLE, CANCEL", "EXAMPLE, DONT_SAVE", "EXAMPLE, SAVE", "CLOSE, CANCEL", "CLOSE, DONT_SAVE",
        "CLOSE, SAVE"})
    void unsavedChangesAreAskedAbout(Action action, FileDialogs.UnsavedChoice choice) throws Exception {
        Path file = saved("work.lifeline.json");
        Path other = saved("other.lifeline.json");
        onFx(() -> app.files().load(file));
        edit();
        Scenario edited = app.doc.current();
        byte[] onDisk = Files.readAllBytes(file);
        app.dialogs.unsaved(choice);
        if (action == Action.OPEN && choice != FileDialogs.UnsavedChoice.CANCEL) {
            app.dialogs.open(other);
        }

        perform(action);

        assertEquals("unsaved work.lifeline.json", app.dialogs.asked.get(0));
        assertEquals(0, app.dialogs.unused(), app.dialogs.asked.toString());
        if (choice == FileDialogs.UnsavedChoice.CANCEL) {
            assertSame(edited, app.doc.current());
            assertTrue(app.doc.dirtyProperty().get());
            assertEquals(file, app.doc.currentFile().orElseThrow());
            assertTrue(onFx(() -> app.stage.isShowing()));
        } else {
            assertProceeded(action, other, choice);
        }
        if (choice == FileDialogs.UnsavedChoice.SAVE) {
            assertEquals(edited, ScenarioFiles.read(file));
        } else {
            assertArrayEquals(onDisk, Files.readAllBytes(file));
        }
    }

    private void perform(Action action) {
        switch (action) {
            case NEW:
                app.fire("newItem");
                break;
            case OPEN:
                app.fire("openItem");
                break;
            case EXAMPLE:
                app.fire("example-seed003-kref-missing-get");
                break;
            default:
                app.settle();
                onFx(() -> app.stage.fireEvent(new WindowEvent(app.stage,
                        WindowEvent.WINDOW_CLOSE_REQUEST)));
        }
    }

    private void assertProceeded(Action action, Path other, FileDialogs.UnsavedChoice choice) throws Exception {
        switch (action) {
            case NEW:
                assertEquals(Scenario.empty(), app.doc.current());
                assertEquals("Untitled \u2014 Lifeline", app.stage.getTitle());
                break;
            case OPEN:
                assertEquals(ScenarioFiles.read(other), app.doc.current());
                assertEquals(other, app.doc.currentFile().orElseThrow());
                break;
            case EXAMPLE:
                assertEquals(Examples.load("seed003-kref-missing-get").orElseThrow(), app.doc.current());
                assertTrue(app.doc.currentFile().isEmpty());
                break;
            default:
                assertFalse(onFx(() -> app.stage.isShowing()));
        }
        assertEquals(action == Action.CLOSE && choice == FileDialogs.UnsavedChoice.DONT_SAVE,
                app.doc.dirtyProperty().get());
    }

    @Test
    void saveOnAnUntitledDocumentAsksWhereAndCancellingThereCancelsTheNew() throws Exception {
        edit();
        app.dialogs.unsaved(FileDialogs.UnsavedChoice.SAVE);
        app.fire("newItem");
        assertEquals(List.of("unsaved " + LifelineApp.FIRST_EXAMPLE,
                "UNEXPECTED save SCENARIO " + LifelineApp.FIRST_EXAMPLE + ".lifeline.json"), app.dialogs.asked);
        assertEquals("edited", app.doc.current().title());
        assertTrue(app.doc.dirtyProperty().get());
    }

    /** A rename replaces a read-only file whoever runs the app, so the app asks. */
    @Test
    void saveAsksBeforeReplacingAReadOnlyFileAndKeepsItWhenTheAnswerIsNo() throws Exception {
        Path file = saved("locked.lifeline.json");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        byte[] before = Files.readAllBytes(file);
        onFx(() -> app.files().load(file));
        edit();

        app.dialogs.replaceReadOnly(false);
        app.fire("saveItem");
        assertEquals(List.of("read-only locked.lifeline.json"), app.dialogs.asked);
        assertEquals(new String(before), Files.readString(file));
        assertTrue(app.doc.dirtyProperty().get());
        assertEquals("Not saved: locked.lifeline.json is read-only", app.doc.statusProperty().get());

        app.dialogs.replaceReadOnly(true);
        app.fire("saveItem");
        assertEquals("edited", ScenarioFiles.read(file).title());
        assertFalse(app.doc.dirtyProperty().get());
        assertEquals("r--r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(0, app.dialogs.unused());
    }
}

package lifeline.ui.tla;

import static lifeline.ui.files.AppHarness.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import lifeline.cli.Cli;
import lifeline.edit.SetTitle;
import lifeline.io.Examples;
import lifeline.spec.BaseModules;
import lifeline.ui.WindowTest;
import lifeline.ui.files.AppHarness;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The TLA+ tab: the exported text for every example, the three files, problems instead of a spec. */
@WindowTest
class TlaViewTest {
    @TempDir
    Path dir;
    private AppHarness app;

    @Start
    void start(Stage stage) {
        app = new AppHarness(stage, dir.resolve("settings.properties"));
        TabPane tabs = (TabPane) stage.getScene().lookup(".tab-pane");
        tabs.getSelectionModel().select(1);
    }

    @AfterEach
    void settle() {
        app.settle();
    }

    static List<String> examples() {
        return Examples.names();
    }

    private CodeArea code() {
        return (CodeArea) app.stage.getScene().lookup(".tla-code");
    }

    private String shown() {
        return onFx(() -> code().getText());
    }

    private static void await(Supplier<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onFx(condition::get));
    }

    /** What `lifeline export EXAMPLE FLAGS --out DIR` writes, run in this JVM; returns DIR. */
    private Path cliExport(String example, String... flags) {
        Path out = dir.resolve("cli-" + example + String.join("", flags));
        StringWriter err = new StringWriter();
        List<String> args = new ArrayList<>(List.of("export", example, "--out", out.toString()));
        args.addAll(List.of(flags));
        int exit = Cli.run(args.toArray(String[]::new), new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(Cli.OK, exit, err.toString());
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyExampleShowsTheModuleTheCommandLineExports(String example) throws Exception {
        app.fire("example-" + example);
        String expected = Files.readString(cliExport(example).resolve("MC.tla"));
        await(() -> expected.equals(code().getText()));
        assertEquals(expected, shown());
    }

    @Test
    void theSwitchShowsTheConfigAndTheBaseModule() throws Exception {
        Path cli = cliExport(lifeline.ui.LifelineApp.FIRST_EXAMPLE);
        onFx(() -> ((ToggleButton) app.stage.getScene().lookup("#tla-config")).fire());
        assertEquals(Files.readString(cli.resolve("MC.cfg")), shown());
        onFx(() -> ((ToggleButton) app.stage.getScene().lookup("#tla-base")).fire());
        assertEquals(BaseModules.lifeline(), shown());
        assertEquals(Files.readString(cli.resolve("Lifeline.tla")), shown());
        onFx(() -> ((ToggleButton) app.stage.getScene().lookup("#tla-base")).fire());
        assertTrue(onFx(() -> ((ToggleButton) app.stage.getScene().lookup("#tla-base")).isSelected()),
                "clicking the chosen file again keeps it chosen");
        onFx(() -> ((ToggleButton) app.stage.getScene().lookup("#tla-module")).fire());
        assertTrue(shown().startsWith("---------------------------------- MODULE MC"), shown());
    }

    /** The MC.cfg shown is the one the next check runs: that of `export --simulate` while Random runs is chosen. */
    @Test
    void theConfigIsThatOfRandomRunsWhileTheyAreChosen() throws Exception {
        String example = lifeline.ui.LifelineApp.FIRST_EXAMPLE;
        String exhaustive = Files.readString(cliExport(example).resolve("MC.cfg"));
        String walks = Files.readString(cliExport(example, "--simulate").resolve("MC.cfg"));
        assertTrue(walks.contains("\nACTION_CONSTRAINT ") && !exhaustive.contains("\nACTION_CONSTRAINT "), walks);
        onFx(() -> ((ToggleButton) app.stage.getScene().lookup("#tla-config")).fire());
        assertEquals(exhaustive, shown());
        onFx(() -> app.window.checks().session().randomRunsProperty().set(true));
        assertEquals(walks, shown());
        onFx(() -> app.window.checks().session().randomRunsProperty().set(false));
        assertEquals(exhaustive, shown());
    }

    @Test
    void anEditShowsUpAfterAShortPause() throws Exception {
        onFx(() -> app.doc.execute(new SetTitle("a fresh title", "")));
        await(() -> code().getText().contains("from the scenario \"a fresh title\""));
    }

    @Test
    void anInvalidScenarioShowsItsProblemsInsteadOfASpec() throws Exception {
        Path file = dir.resolve("unfinished.lifeline.json");
        Files.writeString(file, Examples.text("seed001-epoll-flush-uaf").orElseThrow()
                .replaceFirst("\"opener\" : \"P1\"", "\"opener\" : \"P9\""));
        onFx(() -> app.files().load(file));
        await(() -> visible(".tla-problems"));
        ListView<?> problems = (ListView<?>) app.stage.getScene().lookup(".tla-problems .list-view");
        assertEquals(1, (int) onFx(() -> problems.getItems().size()));
        assertTrue(onFx(() -> problems.getItems().get(0).toString()).contains("there is no process P9"));
        assertTrue(onFx(() -> !visible(".tla-code")));

        onFx(() -> ((ToggleButton) app.stage.getScene().lookup("#tla-base")).fire());
        assertTrue(onFx(() -> visible(".tla-code")));
        assertEquals(BaseModules.lifeline(), shown());
    }

    private boolean visible(String selector) {
        Node n = app.stage.getScene().lookup(selector);
        return n != null && n.getScene() != null && n.isVisible() && n.getParent() != null;
    }
}

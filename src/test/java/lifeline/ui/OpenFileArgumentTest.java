package lifeline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.Stage;
import lifeline.io.Examples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A scenario file given as the only argument (a desktop's double-click) opens in the app. */
@WindowTest
class OpenFileArgumentTest {
    private static final String OTHER_EXAMPLE = "seed002-flush-double-free";

    @TempDir
    static Path dir;
    private static Path file;
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        file = Files.writeString(dir.resolve("double click.lifeline.json"), Examples.text(OTHER_EXAMPLE).orElseThrow());
        new LifelineApp().start(stage, LifelineApp.scenarioArgument(List.of(file.toString())));
    }

    @Test
    void theWindowShowsTheFileNotTheFirstExample() {
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.getTitle().startsWith("double click.lifeline.json"), stage.getTitle());
    }

    @Test
    void onlyOneScenarioPathIsTakenAsAFileToOpen() {
        assertEquals(Optional.of(Path.of("a/b.LIFELINE.JSON")), LifelineApp.scenarioArgument(List.of("a/b.LIFELINE.JSON")));
        assertFalse(LifelineApp.scenarioArgument(List.of()).isPresent());
        assertFalse(LifelineApp.scenarioArgument(List.of("examples")).isPresent());
        assertFalse(LifelineApp.scenarioArgument(List.of("check", "x.lifeline.json")).isPresent());
        assertFalse(LifelineApp.scenarioArgument(List.of("notes.json")).isPresent());
    }
}

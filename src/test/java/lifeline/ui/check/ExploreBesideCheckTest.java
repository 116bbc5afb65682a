package lifeline.ui.check;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Stage;
import lifeline.io.ScalingFamily;
import lifeline.ui.WindowTest;
import lifeline.ui.document.DocumentModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Exploring has a thread of its own: its steps come while a long check runs (they used to wait behind it on the
 * one check thread), and closing the window ends the explorer's TLC child. Real TLC.
 */
@WindowTest
class ExploreBesideCheckTest {
    @TempDir
    static Path dir;

    private Stage stage;
    private CheckDock dock;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        // Six processes sharing correct drivers: TLC explores every state, for half a minute or more.
        DocumentModel doc = CheckKit.document(ScalingFamily.member(6, 4), "scaling-6");
        dock = new CheckDock(doc, CheckKit.services(dir, new FxUiExecutor(), new CheckKit.ScriptedDialog()));
        stage.setScene(CheckKit.themed(new Scene(dock, 1200, 600)));
        stage.show();
    }

    @Test
    void choicesComeWhileALongCheckRunsAndTheWindowsCloseEndsTheExplorer(FxRobot robot) throws Exception {
        robot.clickOn("#check-button");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> dock.session().tlcPidProperty().get() > 0);
        AtomicBoolean checkRanWhenChoicesCame = new AtomicBoolean();
        robot.interact(() -> dock.explore().choices().addListener((ListChangeListener<Object>) c -> {
            if (!dock.explore().choices().isEmpty()) {
                checkRanWhenChoicesCame.set(dock.session().runningProperty().get());
            }
        }));
        robot.interact(() -> dock.showTab("Explore"));
        robot.clickOn("#explore-start");
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> !dock.explore().choices().isEmpty()
                || !dock.session().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(dock.explore().choices().isEmpty(), "the initial state's choices: "
                + dock.explore().statusProperty().get() + "; check: " + dock.session().resultTextProperty().get());
        assertTrue(checkRanWhenChoicesCame.get(), "the choices came while the check ran");
        assertTrue(explorerChildren().size() == 1, explorerChildren().toString());

        robot.interact(stage::hide);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> explorerChildren().isEmpty());
        assertFalse(dock.explore().exploringProperty().get());
        robot.interact(() -> dock.session().cancel());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dock.session().runningProperty().get());
    }

    /** The explorer children this test started (their folders are under its temporary folder). */
    private static List<ProcessHandle> explorerChildren() {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                .filter(p -> p.info().commandLine().map(c -> c.contains("lifeline.tlc.child.ExploreMain")
                        && c.contains(dir.toString())).orElse(false)).toList();
    }
}

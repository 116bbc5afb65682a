package lifeline.ui.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import lifeline.io.Examples;
import lifeline.ui.WindowTest;
import lifeline.ui.document.DocumentModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Cancel stops a long check at once: no TLC process is left and the banner says so. */
@WindowTest
class CheckCancelTest {
    @TempDir
    static Path dir;

    private CheckDock dock;

    @Start
    void start(Stage stage) {
        DocumentModel doc = CheckKit.document(Examples.benchmark(), "benchmark");
        dock = new CheckDock(doc, CheckKit.services(dir, new FxUiExecutor(), new CheckKit.ScriptedDialog()));
        dock.session().setPreferences(CheckPreferences.defaults().withDetailedTrace(true));
        stage.setScene(CheckKit.themed(new Scene(dock, 1200, 600)));
        stage.show();
    }

    @Test
    void cancellingALongCheckLeavesNoTlcProcess(FxRobot robot) throws Exception {
        robot.clickOn("#check-button");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> dock.session().tlcPidProperty().get() > 0
                && dock.session().progress().distinctStatesProperty().get() > 0);
        long pid = dock.session().tlcPidProperty().get();
        assertTrue(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "TLC runs");
        robot.clickOn("#cancel-button");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !dock.session().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "TLC is gone");
        assertTrue(ProcessHandle.allProcesses().noneMatch(p -> p.info().commandLine()
                .map(c -> c.contains("lifeline.tlc.child.TlcMain") && c.contains(dir.toString())).orElse(false)));
        CheckStatus status = dock.session().statusProperty().get();
        String shown = robot.lookup("#check-result").queryAs(Label.class).getText();
        assertTrue(shown.startsWith("Cancelled"), shown);
        if (status == CheckStatus.BOUNDED) {
            assertTrue(shown.contains("no violation in any behaviour of up to")
                    || shown.matches("Cancelled: no violation in the [0-9,]+ distinct states explored .*"), shown);
        } else {
            assertEquals(CheckStatus.CANCELLED, status, shown);
        }
        assertTrue(robot.lookup("#check-button").queryButton().isVisible()
                && !robot.lookup("#check-button").queryButton().isDisabled(), "Check is available again");
    }
}

package lifeline.ui.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import lifeline.check.AllViolations;
import lifeline.ui.WindowTest;
import lifeline.ui.document.DocumentModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The choice beside Check: random runs say plainly what they found, and it is not a pass. */
@WindowTest
class CheckModeTest {
    @TempDir
    static Path dir;

    private CheckDock dock;

    @Start
    void start(Stage stage) {
        DocumentModel doc = CheckKit.document("seed001-epoll-flush-uaf-fixed");
        dock = new CheckDock(doc, CheckKit.services(dir, new FxUiExecutor(), new CheckKit.ScriptedDialog()));
        stage.setScene(CheckKit.themed(new Scene(dock, 1200, 600)));
        stage.show();
    }

    @Test
    void randomRunsThatFindNothingAreABoundedAnswer(FxRobot robot) throws Exception {
        robot.clickOn("#check-mode").clickOn(CheckPanel.RANDOM_RUNS);
        assertTrue(dock.session().randomRunsProperty().get());
        // Every violation is for exhaustive checks: its box greys out, and one ticked before does not go along.
        assertTrue(robot.lookup("#check-every").queryAs(CheckBox.class).isDisabled(), "every violation greys out");
        robot.interact(() -> dock.session().everyViolationProperty().set(true));

        robot.clickOn("#check-button");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> dock.session().completedProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        String shown = robot.lookup("#check-result").queryAs(Label.class).getText();
        assertEquals(CheckStatus.BOUNDED, dock.session().statusProperty().get(), shown);
        assertFalse(dock.session().completedProperty().get().request().tlc().extraArgs()
                .contains(AllViolations.CONTINUE), "random runs went without -continue");
        assertTrue(shown.startsWith("No violation found in 1,000 random runs of up to 100 steps (seed "), shown);

        // The numbers: the states the walks checked (each walk ends where nothing is left to run, so at least
        // one a walk and far fewer than 100 each), and a dash for what random runs do not count.
        long generated = Long.parseLong(number(robot, "generated").replace(",", ""));
        assertTrue(generated > 1_000 && generated < 20_000, "states checked: " + generated);
        for (String notCounted : new String[] {"distinct", "queue", "depth", "rate"}) {
            assertEquals("\u2014", number(robot, notCounted), notCounted);
        }
    }

    private static String number(FxRobot robot, String name) {
        return robot.lookup("#number-" + name).queryAs(Label.class).getText();
    }
}

package lifeline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import lifeline.io.Examples;
import lifeline.ui.files.AppHarness;
import lifeline.ui.trace.TracePlayer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window at its opening width holds seed 000's 20-step trace whole, at every step, in kernel steps
 * and folded: no part of it asks for more width than the window has (the transport bar's "Step 1 of 20" had
 * pushed the inspector off the window's right edge), and the step's position is never cut short; in a
 * narrower window it says less ("13–19/20") rather than cut.
 */
@WindowTest
class WindowFitsTraceTest {
    @TempDir
    Path dir;
    private AppHarness app;

    @Start
    void start(Stage stage) {
        app = new AppHarness(stage, dir.resolve("settings.properties"));
    }

    @Test
    void seed000sTraceFitsTheOpeningWidthAtEveryStep(FxRobot robot) throws Exception {
        robot.interact(() -> app.doc.reset(Examples.load("seed000-binder-leak").orElseThrow(), null,
                "seed000-binder-leak"));
        app.checkWithF5(robot);
        TracePlayer player = app.window.checks().player();
        for (boolean open : new boolean[] {true, false}) {
            robot.interact(() -> player.setOpen(open));
            for (int i = 0; i < player.size(); i++) {
                select(robot, player, i);
                double needed = AppHarness.onFx(() -> app.stage.getScene().getRoot().minWidth(-1));
                assertTrue(needed <= LifelineApp.WIDTH, "at " + player.fullPosition() + " the window needs "
                        + needed + " px of its " + LifelineApp.WIDTH);
                assertEquals(player.position(), shownPosition(robot), "the whole position at its opening width");
            }
        }
        int widest = player.size() - 2; // folded: "Step 13–19 of 20"
        robot.interact(() -> app.stage.setWidth(LifelineApp.WIDTH - 60));
        select(robot, player, widest);
        assertEquals(label(robot).getText(), shownPosition(robot), "said shorter, never cut");
        assertTrue(shownPosition(robot).endsWith("/20"), shownPosition(robot));
    }

    private static void select(FxRobot robot, TracePlayer player, int index) {
        robot.interact(() -> player.select(index));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Label label(FxRobot robot) {
        return robot.lookup("#transport-position").queryAs(Label.class);
    }

    /** The position as drawn: a label cut short draws its text with an ellipsis. */
    private static String shownPosition(FxRobot robot) {
        return robot.lookup("#transport-position .text").queryAs(Text.class).getText();
    }
}

package lifeline.ui.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import lifeline.check.FoundViolation;
import lifeline.io.ScenarioFiles;
import lifeline.model.Scenario;
import lifeline.ui.WindowTest;
import lifeline.ui.document.DocumentModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The check option "Every violation" in a window: two independent bugs, both listed in the Report tab. Real TLC. */
@WindowTest
@Isolated
class EveryViolationDockTest {
    @TempDir
    static Path dir;

    private CheckDock dock;

    @Start
    void start(Stage stage) throws Exception {
        Path file = Path.of(getClass().getResource("/lifeline/check/two-bugs.lifeline.json").toURI());
        Scenario s = ScenarioFiles.read(file);
        DocumentModel doc = CheckKit.document(s, "two-bugs");
        dock = new CheckDock(doc, CheckKit.services(dir, new FxUiExecutor(), new CheckKit.ScriptedDialog()));
        stage.setScene(CheckKit.themed(new Scene(dock, 1300, 700)));
        stage.show();
    }

    @Test
    void twoIndependentBugsAreBothListed(FxRobot robot) throws Exception {
        robot.clickOn("#check-every");
        robot.clickOn("#check-button");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS,
                () -> !dock.session().violationsProperty().get().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        List<FoundViolation> all = dock.session().violationsProperty().get();
        assertTrue(all.stream().anyMatch(v -> v.site().object().equals("wait queue of /locust/a")), all.toString());
        assertTrue(all.stream().anyMatch(v -> v.site().object().equals("device object usb device")), all.toString());
        assertEquals(CheckStatus.VIOLATION, dock.session().statusProperty().get(), "TLC exited 0, the messages decide");
        robot.interact(() -> dock.showTab("Report"));
        String report = reportText();
        assertTrue(report.startsWith("Every violation: " + all.size() + " distinct"), report);
        assertTrue(report.contains("BUG: KASAN: use-after-free in remove_wait_queue"), report);
        assertTrue(report.contains("BUG: KASAN: use-after-free in kref_put"), report);
    }

    private String reportText() {
        StringBuilder b = new StringBuilder();
        for (Node n : ((TextFlow) dock.reportView().getContent()).getChildren()) {
            b.append(n instanceof Text t ? t.getText() : n instanceof Hyperlink h ? h.getText() : "");
        }
        return b.toString();
    }
}

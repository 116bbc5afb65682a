package lifeline.ui.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import lifeline.check.FoundViolation;
import lifeline.fix.Fix;
import lifeline.io.ScenarioFiles;
import lifeline.model.Scenario;
import lifeline.ui.WindowTest;
import lifeline.ui.document.DocumentModel;
import lifeline.ui.trace.TraceSubject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The check option "Every violation" in a window: two independent bugs, both listed in the Report tab, each
 * violation's step links opening its own trace, the Fix box and Apply following the violation the player shows,
 * its title saying which.
 * Real TLC.
 */
@WindowTest
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
    void eachViolationsStepLinksOpenItsOwnTrace(FxRobot robot) throws Exception {
        List<FoundViolation> all = checkEveryViolation(robot);
        assertTrue(all.size() >= 2, all.toString());
        robot.interact(() -> dock.showTab("Report"));
        for (int i = all.size() - 1; i >= 0; i--) { // the later ones first: the player starts on the check's trace
            FoundViolation v = all.get(i);
            Hyperlink link = openViolation(robot, i);
            int number = Integer.parseInt(link.getText().substring("step ".length()));

            assertSame(v.trace(), dock.player().traceProperty().get(), "violation " + (i + 1) + "'s own trace");
            assertEquals(number, dock.player().selectedStepProperty().get().number(), link.getText());
            String position = robot.lookup(".step-position").queryAs(Label.class).getText();
            String expected = "Violation " + (i + 1) + " of " + all.size() + " \u00b7 Step ";
            assertTrue(position.startsWith(expected), position + " is not " + expected + " (" + all.size() + ")");
        }
        assertTrue(reportText().startsWith("Every violation: " + all.size() + " distinct"), "the report stays");

        robot.interact(() -> dock.player().setRelevantOnly(true)); // another trace object, the same violation
        Hyperlink again = openViolation(robot, 0);
        assertTrue(dock.player().relevantOnlyProperty().get(), "a link of the violation shown keeps its view");
        assertEquals(Integer.parseInt(again.getText().substring("step ".length())),
                dock.player().selectedStepProperty().get().number(), again.getText());
    }

    @Test
    void theFixBoxAndApplyFollowTheViolationThePlayerShows(FxRobot robot) throws Exception {
        List<FoundViolation> all = checkEveryViolation(robot);
        Fix first = all.get(0).fix().orElseThrow();
        int other = 1;
        while (other < all.size() && all.get(other).fix().map(f -> f.story().equals(first.story())).orElse(true)) {
            other++;
        }
        assertTrue(other < all.size(), "two-bugs has a violation whose fix is another: " + all);
        Fix second = all.get(other).fix().orElseThrow();
        assertEquals(titleOf(first), fixTitle(robot), "the check's own trace is the first violation's");

        robot.interact(() -> dock.showTab("Report"));
        openViolation(robot, other);
        assertEquals(titleOf(second, other, all.size()), fixTitle(robot), "violation " + (other + 1) + " of "
                + all.size() + " is shown");
        assertEquals(second.why(), robot.lookup("#fix-why").queryAs(Label.class).getText());
        robot.interact(() -> dock.player().setRelevantOnly(true)); // another trace object, the same violation
        assertEquals(titleOf(second, other, all.size()), fixTitle(robot), "only the relevant steps of violation "
                + (other + 1));
        robot.interact(() -> dock.player().setRelevantOnly(false));
        openViolation(robot, 0);
        assertEquals(titleOf(first, 0, all.size()), fixTitle(robot), "back to violation 1");

        openViolation(robot, other);
        DocumentModel doc = dock.session().document();
        Scenario fixed = second.command().apply(doc.current());
        robot.clickOn("#apply-fix");
        assertEquals(fixed, doc.current(), "Apply makes the shown violation's edit");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> dock.session().statusProperty().get()
                == CheckStatus.VIOLATION && !dock.session().violationsProperty().get().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        List<FoundViolation> left = dock.session().violationsProperty().get();
        assertTrue(left.stream().allMatch(v -> v.fix().map(f -> f.story().equals(first.story())).orElse(false)),
                "only the first bug is left: " + left);
        assertEquals(titleOf(first), fixTitle(robot), "the re-check shows its own first violation's fix");
    }

    /** One check of every violation serves both: each bug is listed, and each fix says which violation it is for. */
    @Test
    void bothBugsAreListedAndTheFixTitleSaysWhichViolationItIsFor(FxRobot robot) throws Exception {
        List<FoundViolation> all = checkEveryViolation(robot);
        assertBothBugsListed(all, robot);
        assertTrue(all.size() >= 3, all.toString());
        assertEquals(all.get(1).fix(), all.get(2).fix(), "violations 2 and 3 of two-bugs share one fix: " + all);
        Fix first = all.get(0).fix().orElseThrow();
        Fix kref = all.get(1).fix().orElseThrow();
        assertEquals("seed 003", kref.story());
        String of = " of " + all.size() + " ";
        assertEquals(titleOf(first), fixTitle(robot), "the check's own trace: the banner's violation");

        robot.interact(() -> dock.showTab("Report"));
        openViolation(robot, 1);
        assertEquals("Fix for violation 2" + of + "(seed 003): " + kref.title(), fixTitle(robot));
        openViolation(robot, 2); // the same fix: only the number changes
        assertEquals("Fix for violation 3" + of + "(seed 003): " + kref.title(), fixTitle(robot));
        openViolation(robot, 0);
        assertEquals("Fix for violation 1" + of + "(seed 001): " + first.title(), fixTitle(robot),
                "violation 1 from the Report tab is one of several too");

        robot.clickOn("#check-button"); // the player shows the check's own trace again
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> dock.session().statusProperty().get()
                == CheckStatus.VIOLATION && !dock.session().violationsProperty().get().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(TraceSubject.NONE, dock.player().subjectProperty().get(), "the check's own trace has no subject");
        assertEquals("Fix (seed 001): " + first.title(), fixTitle(robot), "the check's own first violation");
    }

    /** Both bugs are among the violations, and the banner and the Report tab say how many there are. */
    private void assertBothBugsListed(List<FoundViolation> all, FxRobot robot) {
        assertTrue(all.stream().anyMatch(v -> v.site().object().equals("wait queue of /locust/a")), all.toString());
        assertTrue(all.stream().anyMatch(v -> v.site().object().equals("device object usb device")), all.toString());
        assertEquals(CheckStatus.VIOLATION, dock.session().statusProperty().get(), "TLC exited 0, the messages decide");
        String banner = dock.session().resultTextProperty().get();
        assertTrue(banner.endsWith("The first of " + all.size() + " distinct violations; the Report tab has them all."),
                "the banner says it is one of several: " + banner);
        robot.interact(() -> dock.showTab("Report"));
        String report = reportText();
        assertTrue(report.startsWith("Every violation: " + all.size() + " distinct"), report);
        assertTrue(report.contains("BUG: KASAN: use-after-free in remove_wait_queue"), report);
        assertTrue(report.contains("By the fix each needs: 2 bugs"), report);
        assertTrue(report.contains("BUG: KASAN: use-after-free in kref_put"), report);
    }

    private static String titleOf(Fix f) {
        return "Fix (" + f.story() + "): " + f.title();
    }

    /** The Fix box's title while the player shows violation i (0 is the first) of n. */
    private static String titleOf(Fix f, int i, int n) {
        return "Fix for violation " + (i + 1) + " of " + n + " (" + f.story() + "): " + f.title();
    }

    private static String fixTitle(FxRobot robot) {
        return robot.lookup("#fix-title").queryAs(Label.class).getText();
    }

    /**
     * Clicks the last step link of violation i (0 is the first) in the Report tab, which loads its trace into
     * the player; returns the link.
     */
    private Hyperlink openViolation(FxRobot robot, int i) {
        List<Hyperlink> links = dock.reportView().stepLinks(i + 1); // part 0 is the count
        assertFalse(links.isEmpty(), "violation " + (i + 1) + " has step links");
        Hyperlink link = links.get(links.size() - 1);
        robot.interact(() -> scrollTo(link));
        robot.clickOn(link);
        WaitForAsyncUtils.waitForFxEvents();
        return link;
    }

    /** Scrolls the report so that the link is in view (a click needs it on screen). */
    private void scrollTo(Hyperlink link) {
        javafx.scene.control.ScrollPane pane = dock.reportView();
        double content = pane.getContent().getBoundsInLocal().getHeight();
        double view = pane.getViewportBounds().getHeight();
        double y = link.getBoundsInParent().getMinY();
        pane.setVvalue(content <= view ? 0 : Math.max(0, Math.min(1, (y - view / 2) / (content - view))));
        pane.layout();
    }

    private List<FoundViolation> checkEveryViolation(FxRobot robot) throws Exception {
        robot.clickOn("#check-every");
        robot.clickOn("#check-button");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS,
                () -> !dock.session().violationsProperty().get().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        return dock.session().violationsProperty().get();
    }

    private String reportText() {
        StringBuilder b = new StringBuilder();
        for (Node n : ((TextFlow) dock.reportView().getContent()).getChildren()) {
            b.append(n instanceof Text t ? t.getText() : n instanceof Hyperlink h ? h.getText() : "");
        }
        return b.toString();
    }
}

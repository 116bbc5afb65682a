package lifeline.ui.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import lifeline.check.CheckResult;
import lifeline.check.TlcFixture;
import lifeline.io.Examples;
import lifeline.model.Property;
import lifeline.model.Scenario;
import lifeline.trace.Call;
import lifeline.trace.Change;
import lifeline.trace.ObjectKey;
import lifeline.trace.StepPicture;
import lifeline.trace.TraceStep;
import lifeline.ui.WindowTest;
import lifeline.ui.document.DocumentModel;
import lifeline.ui.files.AppHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The check dock in a window: Check, the player's views and keys, export, apply-fix; real TLC in the background. */
@WindowTest
class CheckDockTest {
    @TempDir
    static Path dir;

    private final CheckKit.ScriptedDialog dialog = new CheckKit.ScriptedDialog();
    private DocumentModel doc;
    private CheckDock dock;

    @Start
    void start(Stage stage) {
        doc = CheckKit.document("seed001-epoll-flush-uaf");
        dock = new CheckDock(doc, CheckKit.services(dir, new FxUiExecutor(), dialog));
        stage.setScene(CheckKit.themed(new Scene(dock, 1300, 700)));
        stage.show();
    }

    private void checkAndWait(FxRobot robot) {
        robot.clickOn("#check-button");
        waitUntilDone();
    }

    private void waitUntilDone() {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !dock.session().runningProperty().get()
                    && dock.session().statusProperty().get() != CheckStatus.RUNNING);
        } catch (Exception e) {
            throw new AssertionError("the check did not end: " + dock.session().resultTextProperty().get(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void open(FxRobot robot, String example) {
        robot.interact(() -> {
            Scenario s = Examples.load(example).orElseThrow();
            doc.reset(s, null, example);
        });
    }

    /**
     * The live numbers belong to this document's check: none before it, each name whole beside its value
     * however narrow the panel, and none left once another document opens.
     */
    @Test
    void theNumbersShowWithACheckWholeAndGoWithItsDocument(FxRobot robot) {
        Node elapsed = robot.lookup("#number-elapsed").query();
        assertFalse(elapsed.getParent().isVisible(), "no numbers before the first check");
        checkAndWait(robot);
        assertTrue(elapsed.getParent().isVisible());
        List<Label> names = robot.lookup(".number-name").queryAllAs(Label.class).stream().toList();
        assertEquals(6, names.size());
        for (Label n : names) {
            assertTrue(n.getWidth() >= n.prefWidth(-1) - 0.5, n.getText() + " is cut to " + n.getWidth() + " px");
        }
        open(robot, "seed000-binder-leak");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(elapsed.getParent().isVisible(), "seed 001's numbers are gone with its document");
    }

    /**
     * Seed 001's check, once: the use-after-free and the freed wait queue shown, the report's step links
     * select their step, export writes text and JSON. Each part sets up the view it needs.
     */
    @Test
    void seed001ShowsItsUseAfterFreeLinksItsReportToStepsAndExports(FxRobot robot) throws Exception {
        checkAndWait(robot);
        theUseAfterFreeAndTheFreedWaitQueueAreShown(robot);
        theReportsStepLinksSelectThatStep(robot);
        exportWritesTheTextAndAJsonDocument(robot);
    }

    private void theUseAfterFreeAndTheFreedWaitQueueAreShown(FxRobot robot) throws Exception {
        CheckResult r = dock.session().completedProperty().get().result();
        assertEquals(Optional.of(Property.NO_USE_AFTER_FREE), r.violated());
        assertEquals(TlcFixture.check(doc.current()).trace().orElseThrow().size(), dock.player().size());
        assertTrue(robot.lookup("#check-result").queryAs(Label.class).getText().startsWith(
                "NoUseAfterFree is violated"));
        AppHarness.clickToFocus(robot, dock.getScene(), ".step-list .list-cell", ".step-list");
        robot.type(KeyCode.END);
        assertEquals(dock.player().size() - 1, dock.player().selectedIndexProperty().get());
        List<TraceStep> steps = dock.player().steps();
        TraceStep used = steps.get(dock.player().indexOfKernelStep(dock.player().story().usedAt().orElseThrow()));
        assertTrue(used.calls().stream().map(Call::function).anyMatch("remove_wait_queue"::equals));
        TraceStep freeing = steps.get(dock.player().indexOfKernelStep(dock.player().story().freedAt().orElseThrow()));
        Change freed = freeing.changes().stream().filter(c -> c.field().equals("wait queue")
                && c.after().equals("freed")).findFirst().orElseThrow();
        robot.interact(() -> {
            dock.player().select(steps.indexOf(freeing));
            dock.showTab("State");
        });
        Label value = dock.statePanel().valueLabel(freed.objectKey(), "wait queue").orElseThrow();
        assertEquals("freed", value.getText());
        assertTrue(value.getPseudoClassStates().contains(PseudoClass.getPseudoClass("changed")));
        assertTrue(value.isVisible() && value.getScene() != null);
        ObjectKey epoll = freeing.objects().stream().filter(o -> o.label().equals("epoll")).findFirst().orElseThrow().key();
        assertTrue(dock.statePanel().valueLabel(epoll, "state").isPresent());
        robot.interact(() -> dock.player().setFilter(lifeline.ui.trace.StateFilter.CHANGED));
        assertTrue(dock.statePanel().valueLabel(epoll, "state").isEmpty(), "the epoll file did not change");
        assertTrue(dock.statePanel().valueLabel(freed.objectKey(), "wait queue").isPresent());
        robot.interact(() -> dock.player().setFilter(lifeline.ui.trace.StateFilter.ALL));
        robot.interact(() -> dock.player().first());
        Label before = dock.statePanel().valueLabel(freed.objectKey(), "wait queue").orElseThrow();
        assertEquals("alive", before.getText());
        assertFalse(before.getPseudoClassStates().contains(PseudoClass.getPseudoClass("changed")));
    }

    /**
     * Seed 000's trace, checked once: the keys step through it, the sequence chart's marks select steps, Next
     * change follows an object, and the leak is marked at the last step. Each part sets up the view it needs.
     */
    @Test
    void seed000sTraceByKeysChartMarksAndObjectChangesWithItsLeakAtTheLastStep(FxRobot robot) throws Exception {
        open(robot, "seed000-binder-leak");
        checkAndWait(robot);
        arrowsHomeAndEndStepThroughTheTrace(robot);
        theSequenceChartHasALanePerTaskAndItsMarksSelectSteps(robot);
        clickingAnObjectThenNextChangeJumpsToWhereItChanges(robot);
        theLeakOfSeed000IsMarkedAtTheLastStep(robot);
    }

    private void arrowsHomeAndEndStepThroughTheTrace(FxRobot robot) throws Exception {
        int n = dock.player().size();
        assertTrue(n >= 4);
        AppHarness.clickToFocus(robot, dock.getScene(), ".step-list .list-cell", ".step-list");
        assertEquals(0, dock.player().selectedIndexProperty().get());
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.RIGHT);
        assertEquals(2, dock.player().selectedIndexProperty().get());
        robot.type(KeyCode.LEFT);
        assertEquals(1, dock.player().selectedIndexProperty().get());
        robot.type(KeyCode.END);
        assertEquals(n - 1, dock.player().selectedIndexProperty().get());
        robot.type(KeyCode.HOME);
        assertEquals(0, dock.player().selectedIndexProperty().get());
        robot.interact(() -> dock.showTab("Backtraces"));
        AppHarness.clickToFocus(robot, dock.getScene(), ".backtrace-panel", ".player-area");
        robot.type(KeyCode.RIGHT);
        assertEquals(1, dock.player().selectedIndexProperty().get());
        robot.type(KeyCode.END);
        assertEquals(n - 1, dock.player().selectedIndexProperty().get());
    }

    private void theSequenceChartHasALanePerTaskAndItsMarksSelectSteps(FxRobot robot) {
        robot.interact(() -> dock.showTab("Sequence"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("mediaserver [1200]", "kworker/u:binder [47]"), dock.sequenceChart().laneLabels());
        int target = 4;
        Point2D mark = dock.sequenceChart().markCenter(target).orElseThrow();
        robot.clickOn(dock.sequenceChart().localToScreen(mark));
        assertEquals(target, dock.player().selectedIndexProperty().get());
        TraceStep s = dock.player().selectedStepProperty().get();
        assertEquals("kworker", s.task(), "the mark sits on the lane of the task that moved");
        Point2D mediaserver = dock.sequenceChart().markCenter(1).orElseThrow();
        assertTrue(mark.getY() > mediaserver.getY(), "the kworker's lane is below mediaserver's");
    }

    private void clickingAnObjectThenNextChangeJumpsToWhereItChanges(FxRobot robot) {
        robot.interact(() -> {
            dock.player().first();
            dock.showTab("State");
        });
        Label title = robot.lookup(".object-title").match((Label l) -> l.getText().equals("binder_deferred_list"))
                .queryAs(Label.class);
        robot.clickOn(title);
        assertEquals(ObjectKey.BINDER_WORK, dock.player().selectedObjectProperty().get());
        int expected = -1;
        for (int i = 1; i < dock.player().size() && expected < 0; i++) {
            if (dock.player().changedAt(i, ObjectKey.BINDER_WORK)) {
                expected = i;
            }
        }
        robot.clickOn("#next-change");
        assertEquals(expected, dock.player().selectedIndexProperty().get());
        robot.clickOn("#previous-change");
        assertEquals(expected, dock.player().selectedIndexProperty().get(), "no change before the first");
    }

    @Test
    void thePreferencesDialogReadsWhatItShows(FxRobot robot) {
        CheckPreferences p = new CheckPreferences(2, 45, 768, true);
        CheckPreferences[] read = new CheckPreferences[1];
        robot.interact(() -> read[0] = new CheckPreferencesDialog(p).read());
        assertEquals(p, read[0]);
    }

    private void theLeakOfSeed000IsMarkedAtTheLastStep(FxRobot robot) {
        robot.interact(() -> {
            dock.showTab("State");
            dock.player().last();
        });
        ObjectKey pmem = dock.player().selectedStepProperty().get().objects().stream()
                .filter(o -> o.label().equals("/dev/pmem")).findFirst().orElseThrow().key();
        assertTrue(dock.statePanel().isLeaked(pmem, "reserved block"));
        assertEquals("alive", dock.statePanel().valueLabel(pmem, "reserved block").orElseThrow().getText());
        robot.interact(() -> dock.player().previous());
        assertFalse(dock.statePanel().isLeaked(pmem, "reserved block"), "only the violating state shows the leak");
    }

    private void theReportsStepLinksSelectThatStep(FxRobot robot) {
        robot.interact(() -> dock.showTab("Report"));
        robot.interact(() -> dock.player().first());
        List<Hyperlink> links = dock.reportView().stepLinks();
        assertFalse(links.isEmpty());
        Hyperlink link = links.get(0);
        assertEquals("step 7", link.getText());
        robot.clickOn(link);
        assertEquals(7, dock.player().selectedStepProperty().get().number());
    }

    private void exportWritesTheTextAndAJsonDocument(FxRobot robot) throws Exception {
        Path text = dir.resolve("out/trace.txt");
        Path json = dir.resolve("out/trace.json");
        Files.createDirectories(text.getParent());
        dialog.answer(text).answer(json);
        robot.clickOn("#export-button").clickOn("#export-text");
        robot.clickOn("#export-button").clickOn("#export-json");
        String t = Files.readString(text);
        assertTrue(t.startsWith("Lifeline: seed001-epoll-flush-uaf (fused model;"), t);
        assertTrue(t.contains("BUG: KASAN: use-after-free in remove_wait_queue"));
        assertTrue(t.contains("Trace (9 steps):"));
        JsonNode d = new ObjectMapper().readTree(Files.readString(json));
        assertEquals("lifeline-check", d.get("format").asText());
        assertEquals("violation", d.get("verdict").asText());
        assertEquals("NoUseAfterFree", d.get("violated").asText());
        assertEquals(dock.player().size(), d.get("trace").size());
        assertEquals("seed001-epoll-flush-uaf-check.json", dialog.lastSuggestion());

        // A read-only file is replaced only when the user says so; the scripted dialog declines.
        Files.writeString(text, "mine");
        Files.setPosixFilePermissions(text, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));
        dialog.answer(text);
        robot.clickOn("#export-button").clickOn("#export-text");
        assertEquals("mine", Files.readString(text));
    }

    @Test
    void applyFixPassesAndUndoRestoresTheBuggyScenario(FxRobot robot) {
        Scenario buggy = doc.current();
        checkAndWait(robot);
        assertEquals("f_count 1", dock.stepPictureProperty().get().node("F1").count().text(), "the first step");
        robot.interact(dock.player()::last);
        assertTrue(dock.stepPictureProperty().get().node("F1").fault(), "the canvas shows the faulting step");
        assertTrue(robot.lookup("#fix-title").queryAs(Label.class).getText().startsWith(
                "Fix (seed 001): Free the wait queue of /locust/a in release, not flush"));
        robot.clickOn("#apply-fix");
        waitUntilDone();
        assertEquals(CheckStatus.PASS, dock.session().statusProperty().get(), dock.session().resultTextProperty().get());
        assertTrue(dock.session().resultTextProperty().get().startsWith("No violation: "));
        assertEquals(0, dock.player().size(), "a pass has no trace");
        assertEquals(StepPicture.NONE, dock.stepPictureProperty().get(), "nothing of the old trace on the canvas");
        robot.interact(doc::undo);
        assertEquals(buggy, doc.current());
        assertTrue(dock.session().staleProperty().get());
    }
}

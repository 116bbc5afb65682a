package lifeline.ui.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import lifeline.io.Examples;
import lifeline.trace.Mark;
import lifeline.trace.TraceStep;
import lifeline.ui.WindowTest;
import lifeline.ui.document.DocumentModel;
import lifeline.ui.trace.ChartArrows;
import lifeline.ui.trace.SequenceChart;
import lifeline.ui.trace.StepPosition;
import lifeline.ui.trace.TracePlayer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The trace tells its story in the window: the fused trace opens into kernel steps, the steps that freed,
 * used and lost the object are marked in the step list, on the canvas's picture and as arrows in the chart,
 * the steps that do not matter fold away, and the chart shows a 20-step trace whole.
 */
@WindowTest
class TraceStoryTest {
    @TempDir
    static Path dir;

    private DocumentModel doc;
    private CheckDock dock;

    @Start
    void start(Stage stage) {
        doc = CheckKit.document("seed001-epoll-flush-uaf");
        dock = new CheckDock(doc, CheckKit.services(dir, new FxUiExecutor(), new CheckKit.ScriptedDialog()));
        stage.setScene(CheckKit.themed(new Scene(dock, 1300, 700)));
        stage.show();
    }

    private void check(FxRobot robot, String example) {
        robot.interact(() -> doc.reset(Examples.load(example).orElseThrow(), null, example));
        robot.clickOn("#check-button");
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !dock.session().runningProperty().get()
                    && dock.session().statusProperty().get() != CheckStatus.RUNNING && dock.player().size() > 0);
        } catch (Exception e) {
            throw new AssertionError("the check did not end: " + dock.session().resultTextProperty().get(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> chipsAt(FxRobot robot, int index) {
        robot.interact(() -> dock.stepList().scrollTo(index));
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".step-list .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getIndex() == index && c.getGraphic() != null && c.getGraphic().isVisible())
                .flatMap(c -> ((javafx.scene.Parent) c.getGraphic()).lookupAll(".story-chip").stream())
                .filter(TraceStoryTest::shown).map(n -> ((Label) n).getText()).distinct().toList();
    }

    /** A cell keeps its chips and hides those its step has not: shown means visible up to the cell. */
    private static boolean shown(javafx.scene.Node n) {
        for (javafx.scene.Node at = n; at != null && !(at instanceof ListCell); at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static ListCell<?> cell(FxRobot robot, int index) {
        return robot.lookup(".step-list .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getIndex() == index).findFirst().orElseThrow();
    }

    private List<Mark> marksOn(FxRobot robot, int index, String node) {
        robot.interact(() -> dock.player().select(index));
        return dock.stepPictureProperty().get().node(node).marks();
    }

    @Test
    void seed001OpensIntoKernelStepsWithFreedHereAndUsedHere(FxRobot robot) {
        check(robot, "seed001-epoll-flush-uaf");
        TracePlayer p = dock.player();
        assertTrue(p.openProperty().get(), "a trace of 8 kernel steps opens by default");
        assertEquals(9, p.size());
        List<String> functions = p.steps().stream().map(s -> String.join(",", s.functions())).toList();
        assertEquals(List.of("", "exit_mm", "put_files_struct", "close_files", "filp_close,kfree", "fput",
                "eventpoll_release,remove_wait_queue", "release", "file_free"), functions);
        assertEquals(List.of(TracePlayer.FREED_HERE), p.rolesAt(4));
        assertEquals(List.of(TracePlayer.USED_HERE), p.rolesAt(6));
        assertEquals(List.of(TracePlayer.FREED_HERE), chipsAt(robot, 4));
        assertEquals(List.of(TracePlayer.USED_HERE), chipsAt(robot, 6));
        assertEquals(List.of(), chipsAt(robot, 5));
        assertTrue(p.isFaulting(6) && !p.isFaulting(8), "the fault is marked where it happened, not at the end");
        assertTrue(marksOn(robot, 4, "F1").contains(new Mark("freed here: wait queue", Mark.Tone.FAULT)));
        assertTrue(marksOn(robot, 6, "F1").contains(new Mark("used here: wait queue", Mark.Tone.FAULT)));
        assertFalse(marksOn(robot, 5, "F1").stream().anyMatch(m -> m.text().contains("here")));
        SequenceChart chart = dock.sequenceChart();
        assertTrue(chart.arrows().contains(new ChartArrows(4, 6, ChartArrows.Kind.FREED_TO_USED)),
                chart.arrows().toString());

        robot.interact(() -> p.select(6));
        robot.clickOn("#trace-open");
        assertFalse(p.openProperty().get());
        assertEquals(3, p.size(), "folded: the fused model's three steps");
        assertEquals(2, p.selectedIndexProperty().get(), "the fused step holding the selected kernel step");
        assertEquals(List.of(TracePlayer.FREED_HERE, TracePlayer.USED_HERE), p.rolesAt(2));
        assertEquals("4\u20139", p.steps().get(2).numberText());
        // The canvas's banner counts as the transport bar does: in kernel steps, not in rows.
        assertEquals("Step 4\u20139 of 9", StepPosition.position(p));
        assertTrue(StepPosition.caption(p).startsWith("Step 4\u20139 of 9: "), StepPosition.caption(p));
        assertTrue(robot.lookup("#transport-position").queryAs(javafx.scene.control.Label.class).getText()
                .endsWith("Step 4\u20139 of 9"));
        robot.interact(() -> dock.showTab("Steps"));
        robot.doubleClickOn(cell(robot, 2));
        assertEquals(8, p.size(), "the folded step opened in place into its six kernel steps");
        assertEquals(List.of(1, 3, 4, 5, 6, 7, 8, 9), p.steps().stream().map(TraceStep::number).toList());
        assertEquals(4, p.selectedStepProperty().get().number(), "its first kernel step is selected");
        robot.sleep(800);
        robot.doubleClickOn(cell(robot, 2));
        assertEquals(3, p.size(), "and folds back");

        robot.interact(() -> p.select(2));
        robot.clickOn("#trace-open");
        assertEquals(9, p.size());
        assertEquals(3, p.selectedIndexProperty().get(), "back on the kernel step last selected, step 4");
    }

    @Test
    void seed000MarksWhereTheBlockWasLostAndFoldsTheIrrelevantSteps(FxRobot robot) {
        check(robot, "seed000-binder-leak");
        TracePlayer p = dock.player();
        assertEquals(20, p.size());
        assertSame(dock.session().completedProperty().get().result().story(), p.story(),
                "the player shows the story the check worked out, not one of its own");
        int lost = p.story().lostAt().orElseThrow() - 1;
        TraceStep release = p.steps().get(lost);
        assertEquals("kworker", release.task());
        assertTrue(release.backtrace().contains("pmem_release") || release.functions().contains("release"),
                release.summary());
        assertEquals(List.of(TracePlayer.LOST_HERE, "held by tgid 1200 (mediaserver)"), chipsAt(robot, lost));
        assertTrue(cell(robot, lost).getTooltip().getText().contains("still held: the driver's list of blocks under"
                + " tgid 1200 (mediaserver)"), cell(robot, lost).getTooltip().getText());
        assertEquals(List.of(new Mark("lost here: reserved block", Mark.Tone.FAULT),
                new Mark("held by tgid 1200 (mediaserver)", Mark.Tone.CHANGED)),
                marksOn(robot, lost, "F1").subList(0, 2), "what still holds it, under lost here (the spec's HeldBy)");
        String mediaserver = doc.current().file("F1").orElseThrow().opener();
        assertTrue(marksOn(robot, lost, mediaserver).contains(new Mark("holds reserved block", Mark.Tone.CHANGED)),
                "the holder's own card says so: " + marksOn(robot, lost, mediaserver));
        assertFalse(marksOn(robot, lost + 1, "F1").stream().anyMatch(m -> m.text().startsWith("held by")));
        assertTrue(p.isFaulting(19), "the leak shows at the end, where kmemleak finds it");
        assertTrue(IntStream.range(0, 19).noneMatch(p::isFaulting));
        assertTrue(dock.sequenceChart().arrows().contains(new ChartArrows(1, 4, ChartArrows.Kind.QUEUED_TO_RUN)), "PUT_FILES queued at step 2, run at step 5: "
                + dock.sequenceChart().arrows());

        int before = p.size();
        robot.clickOn("#trace-relevant");
        assertTrue(p.relevantOnlyProperty().get());
        assertTrue(p.size() < before && p.size() >= 5, "relevant steps: " + p.size());
        List<Integer> shown = p.steps().stream().map(TraceStep::number).toList();
        assertTrue(shown.containsAll(List.of(1, 2, 5, 13, 17, 20)), "pmem's close_files of fd 4 (13) too: " + shown);
        assertFalse(shown.contains(3), "the binder file's fput is not part of the pmem leak: " + shown);
        assertEquals(before - p.size(), p.hiddenByRelevance());
        assertTrue(robot.lookup("#trace-relevant").queryAs(ToggleButton.class).getTooltip().getText()
                .contains(p.hiddenByRelevance() + " of 20 fold away"));
        assertEquals(p.size(), dock.stepList().getItems().size(), "the step list folds them too");
        robot.clickOn("#trace-relevant");
        assertEquals(before, p.size(), "one click shows them again");
    }

    /** A second check reuses the rows of the first: each row in view draws its new step, none is left blank. */
    @Test
    void aSecondCheckDrawsEveryRowInView(FxRobot robot) {
        check(robot, "seed001-epoll-flush-uaf");
        robot.interact(() -> dock.showTab("Steps"));
        check(robot, "seed002-flush-double-free");
        WaitForAsyncUtils.waitForFxEvents();
        List<TraceStep> steps = dock.player().steps();
        List<ListCell> rows = robot.lookup(".step-list .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.isVisible() && c.getIndex() >= 0 && c.getIndex() < steps.size()).toList();
        assertTrue(rows.size() >= 5, "rows in view: " + rows.size());
        for (ListCell<?> c : rows) {
            Label number = (Label) c.getGraphic().lookup(".step-number");
            assertEquals(steps.get(c.getIndex()).numberText(), number.getText(), "row " + c.getIndex());
            assertTrue(c.getChildrenUnmodifiable().contains(c.getGraphic()) && number.getWidth() > 0
                    && number.getLocalToSceneTransform() != null && c.getGraphic().getLayoutBounds().getHeight() > 0,
                    "row " + c.getIndex() + " draws its step: " + c.getChildrenUnmodifiable() + ", number "
                    + number.getWidth() + " wide, graphic " + c.getGraphic().getLayoutBounds());
        }
    }

    @Test
    void theChartShowsATwentyStepTraceWholeWithNoHandOffLines(FxRobot robot) {
        check(robot, "seed000-binder-leak");
        robot.interact(() -> dock.showTab("Sequence"));
        WaitForAsyncUtils.waitForFxEvents();
        SequenceChart chart = dock.sequenceChart();
        assertEquals(20, dock.player().size());
        List<Integer> hidden = IntStream.range(0, 20).filter(i -> chart.markCenter(i).isEmpty()).boxed().toList();
        assertEquals(List.of(), hidden, "every step's mark is in view at " + chart.getWidth() + " px");
        assertTrue(chart.arrows().stream().allMatch(a -> a.to() > a.from()), chart.arrows().toString());
        long handOffs = IntStream.range(1, 20).filter(i -> !dock.player().steps().get(i).task()
                .equals(dock.player().steps().get(i - 1).task())).count();
        assertTrue(handOffs >= 2, "the trace changes tasks");
        assertTrue(chart.arrows().size() < handOffs + 3, "arrows only for queued work and the story, not each "
                + "change of task: " + chart.arrows());
    }
}

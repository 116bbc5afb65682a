package lifeline.ui.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableRow;
import javafx.stage.Stage;
import lifeline.explore.Choice;
import lifeline.explore.HandViolation;
import lifeline.model.Property;
import lifeline.trace.StepPicture;
import lifeline.trace.TraceStep;
import lifeline.ui.WindowTest;
import lifeline.ui.document.DocumentModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Explore tab in a window, on seed 000 by hand: mediaserver exits, then either its exit_files
 * runs before binder's kworker (the reserved block leaks) or after it (nothing leaks). Real TLC.
 */
@WindowTest
class ExploreDockTest {
    @TempDir
    static Path dir;

    private DocumentModel doc;
    private CheckDock dock;
    private final AtomicInteger explorerWork = new AtomicInteger();

    @Start
    void start(Stage stage) {
        doc = CheckKit.document("seed000-binder-leak");
        dock = new CheckDock(doc, CheckKit.services(dir, new Counting(new FxUiExecutor(), null),
                new CheckKit.ScriptedDialog()));
        stage.setScene(CheckKit.themed(new Scene(dock, 1300, 700)));
        stage.show();
    }

    @AfterEach
    void closeExplorer(FxRobot robot) {
        robot.interact(() -> dock.explore().close());
    }

    @Test
    void theKworkerAfterExitFilesLeaksTheBlock(FxRobot robot) {
        startExploring(robot);
        take(robot, "mediaserver", "binder_defer_work"); // exit_mm: the kworker is queued
        take(robot, "mediaserver", "put_files_struct"); // exit_files first
        takeUntilIdle(robot);

        HandViolation v = dock.explore().violationProperty().get();
        assertEquals(Property.NO_LEAK, v.property());
        assertTrue(robot.lookup("#explore-violation").queryAs(Label.class).getText().startsWith("NoLeak is violated"));
        int last = dock.player().size() - 1;
        assertEquals(last, dock.player().selectedIndexProperty().get());
        assertTrue(dock.player().isViolation(last), "the player marks the violation as for a check's trace");
        assertFalse(dock.player().leakedAt(last).isEmpty());
        assertNotEquals(StepPicture.NONE, dock.stepPictureProperty().get(), "the canvas draws the step");
        robot.interact(() -> dock.showTab("Report"));
        assertTrue(reportText().startsWith("kmemleak: 1 new suspected memory leak"), reportText());
    }

    @Test
    void theKworkerBeforeExitFilesLeaksNothing(FxRobot robot) {
        startExploring(robot);
        take(robot, "mediaserver", "binder_defer_work");
        take(robot, "kworker", "binder_deferred_func"); // the kworker drops its reference first
        takeUntilIdle(robot);

        assertNull(dock.explore().violationProperty().get());
        assertTrue(dock.player().steps().stream().allMatch(s -> s.newFaults().isEmpty()));
        assertFalse(robot.lookup("#explore-violation").queryAs(Label.class).isVisible());
    }

    /**
     * Steps taken while another tab is up, to the end of the run: back on the Explore tab the list says no step
     * is left. (Under Xvfb the list went on drawing the last choice while the transport bar set its text during
     * its own layout; headless, that stale drawing did not show, so this guards the model and the placeholder.)
     */
    @Test
    void aRunEndedWhileTheExploreTabWasHiddenShowsNoStepLeft(FxRobot robot) {
        startExploring(robot);
        robot.interact(() -> dock.showTab("Steps"));
        for (int i = 0; i < 20; i++) {
            int at = dock.player().selectedIndexProperty().get();
            waitFor(() -> dock.explore().choicesShownFor() == at && !dock.explore().busyProperty().get(),
                    "the choices at step " + (at + 1));
            if (dock.explore().choices().isEmpty()) {
                break;
            }
            robot.interact(() -> dock.explore().choose(dock.explore().choices().get(0)));
            waitFor(() -> dock.player().selectedIndexProperty().get() == at + 1, "the step taken");
        }
        assertTrue(dock.explore().choices().isEmpty(), "the run ended");
        robot.interact(() -> dock.showTab("Explore"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#explore-choices .placeholder").query().isVisible(), "no step left, said");
    }

    /**
     * A step taken asks the explorer for the new state's choices once: asked twice (the player's selection,
     * then the refresh after it), the second answer replaced the list under a pick already made in it, and
     * Take step then took nothing (a test waiting for the step timed out once, under load).
     */
    @Test
    void aStepTakenAsksForItsChoicesOnce(FxRobot robot) {
        startExploring(robot);
        int before = explorerWork.get();
        take(robot, "mediaserver", "binder_defer_work");
        assertEquals(1, explorerWork.get() - before, "requests to the explorer for one step taken");
    }

    @Test
    void goingBackAndChoosingAnotherStepChangesTheRun(FxRobot robot) {
        startExploring(robot);
        take(robot, "mediaserver", "binder_defer_work");
        take(robot, "mediaserver", "put_files_struct");
        robot.interact(() -> dock.player().select(1)); // back to after exit_mm
        waitFor(() -> dock.explore().choices().size() == 2, "the two choices after exit_mm");
        assertEquals(3, dock.player().size(), "going back keeps the run");
        take(robot, "kworker", "binder_deferred_func");
        assertEquals(3, dock.player().size());
        assertEquals("kworker", dock.player().steps().get(2).task());
    }

    @Test
    void afterApplyFixTheSameChoicesReplayOnTheFixedScenario(FxRobot robot) {
        robot.interact(() -> doc.reset(lifeline.io.Examples.load("seed001-epoll-flush-uaf").orElseThrow(), null,
                "seed001-epoll-flush-uaf"));
        robot.clickOn("#check-button");
        waitFor(() -> dock.session().statusProperty().get() == CheckStatus.VIOLATION, "the check's violation");
        robot.interact(() -> {
            dock.player().last();
            dock.showTab("Explore");
        });
        robot.clickOn("#explore-here");
        waitFor(() -> dock.explore().exploringProperty().get() && !dock.explore().busyProperty().get(),
                "exploring the check's trace");
        int bugSteps = dock.player().size();
        assertEquals(Property.NO_USE_AFTER_FREE, dock.explore().violationProperty().get().property());

        robot.interact(() -> dock.session().applyFixAndRecheck());
        waitFor(() -> dock.session().statusProperty().get() == CheckStatus.PASS, "the fixed scenario's pass");
        robot.interact(() -> dock.showTab("Explore"));
        robot.clickOn("#explore-replay");
        waitFor(() -> dock.explore().compare().replayProperty().get() != null && !dock.explore().busyProperty().get(),
                "the replay");

        assertEquals(bugSteps, dock.player().size(), "every choice made again");
        assertNull(dock.explore().violationProperty().get());
        String status = robot.lookup("#explore-status").queryAs(Label.class).getText();
        assertTrue(status.startsWith("The runs part at step "), status);
        int parts = dock.explore().compare().replayProperty().get().partsAt();
        assertEquals(parts, dock.explore().selectedRunStep(), "the player shows where they part");

        // Side by side, aligned by the choices: the bug's free in flush is where they part.
        assertEquals("Compare", dock.tabs().getSelectionModel().getSelectedItem().getText());
        ComparePanel compare = dock.comparePanel();
        assertEquals(dock.explore().compare().replayProperty().get().original().size(), compare.table().getItems().size());
        assertEquals(parts, compare.table().getSelectionModel().getSelectedIndex(), "the row of the player's step");
        List<String> row = compare.rowText(parts);
        assertTrue(row.get(0).contains("[locust_flush > kfree]"), row.get(0));
        assertFalse(row.get(1).contains("locust_flush > kfree"), row.get(1));
        assertTrue(row.get(1).contains("[locust_release > kfree]"), row.get(1));
        for (int i = 0; i < parts; i++) {
            assertEquals(compare.rowText(i).get(0), compare.rowText(i).get(1), "the same before they part");
        }
        TableRow<?> parting = robot.lookup("#compare-table .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getIndex() == parts).findFirst().orElseThrow();
        assertTrue(parting.getStyleClass().contains(ComparePanel.PARTS), parting.getStyleClass().toString());

        // Back to the bug run, and to the replay again.
        robot.clickOn("#compare-switch");
        waitFor(() -> dock.explore().compare().showingOriginalProperty().get(), "the bug run");
        assertEquals(Property.NO_USE_AFTER_FREE, dock.explore().violationProperty().get().property());
        assertEquals(bugSteps, dock.player().size());
        assertEquals(parts, dock.explore().selectedRunStep(), "the same step of the bug run");
        robot.clickOn("#compare-switch");
        waitFor(() -> !dock.explore().compare().showingOriginalProperty().get(), "the fixed run again");
        assertNull(dock.explore().violationProperty().get());
        robot.interact(() -> compare.table().getSelectionModel().select(0));
        assertEquals(0, dock.player().selectedIndexProperty().get(), "a row selects its step in the player");
    }

    private void startExploring(FxRobot robot) {
        robot.interact(() -> dock.showTab("Explore"));
        robot.clickOn("#explore-start");
        waitFor(() -> dock.explore().exploringProperty().get() && !dock.explore().choices().isEmpty(),
                "the initial state's choices");
        assertEquals(1, dock.player().size());
    }

    /** Picks the row of the choice of that task (its label's start) that runs that function. */
    private void take(FxRobot robot, String taskLabel, String function) {
        int before = dock.player().selectedIndexProperty().get();
        waitFor(() -> dock.explore().choicesShownFor() == before, "the choices at step " + (before + 1));
        Node cell = robot.lookup("#explore-choices .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.isVisible() && c.getParent().isVisible() && c.getIndex() >= 0) // not the measuring cell
                .filter(c -> c.getItem() instanceof Choice ch && ch.step().taskLabel().startsWith(taskLabel)
                        && ch.step().functions().contains(function))
                .findFirst().orElseThrow(() -> new AssertionError(taskLabel + " " + function + " is not among "
                        + dock.explore().choices().stream().map(Choice::step).map(TraceStep::summary).toList()));
        robot.clickOn(cell); // select it (a double-click would do too, unless the loaded machine parts the clicks)
        robot.clickOn("#explore-take");
        waitFor(() -> dock.player().selectedIndexProperty().get() == before + 1 && !dock.explore().busyProperty().get(),
                () -> "the step taken (at " + dock.player().selectedIndexProperty().get() + " of " + dock.player().size()
                        + ", " + dock.explore().statusProperty().get() + ")");
        WaitForAsyncUtils.waitForFxEvents();
        TraceStep now = dock.player().selectedStepProperty().get();
        assertTrue(now.taskLabel().startsWith(taskLabel) && now.functions().contains(function), now.summary());
    }

    /** Takes the first choice until no task can move (the choices of the last state arrive empty). */
    private void takeUntilIdle(FxRobot robot) {
        for (int i = 0; i < 20; i++) {
            int at = dock.player().selectedIndexProperty().get();
            waitFor(() -> dock.explore().choicesShownFor() == at, "the choices at step " + (at + 1));
            if (dock.explore().choices().isEmpty()) {
                return;
            }
            Choice first = dock.explore().choices().get(0);
            take(robot, first.step().taskLabel(), first.step().functions().get(0));
        }
        throw new AssertionError("the run did not end");
    }

    private String reportText() {
        StringBuilder b = new StringBuilder();
        for (Node n : ((javafx.scene.text.TextFlow) dock.reportView().getContent()).getChildren()) {
            b.append(n instanceof javafx.scene.text.Text t ? t.getText()
                    : n instanceof javafx.scene.control.Hyperlink h ? h.getText() : "");
        }
        return b.toString();
    }

    /** The app's executor, counting the work it hands to the explorer's thread (each a request to the explorer). */
    private final class Counting implements UiExecutor {
        private final UiExecutor inner;
        private final AtomicInteger count;

        Counting(UiExecutor inner, AtomicInteger count) {
            this.inner = inner;
            this.count = count;
        }

        @Override
        public void background(Runnable work) {
            if (count != null) {
                count.incrementAndGet();
            }
            inner.background(work);
        }

        @Override
        public void ui(Runnable update) {
            inner.ui(update);
        }

        @Override
        public Ticking every(Duration period, Runnable action) {
            return inner.every(period, action);
        }

        @Override
        public UiExecutor separate(String name) {
            return new Counting(inner.separate(name), name.equals("lifeline-explore") ? explorerWork : null);
        }

        @Override
        public void stop() {
            inner.stop();
        }
    }

    private static void waitFor(BooleanSupplier condition, String what) {
        waitFor(condition, () -> what);
    }

    private static void waitFor(BooleanSupplier condition, java.util.function.Supplier<String> what) {
        try {
            WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (Exception e) {
            throw new AssertionError("timed out waiting for " + what.get(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}

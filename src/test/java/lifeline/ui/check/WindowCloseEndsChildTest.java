package lifeline.ui.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import lifeline.check.TlcFixture;
import lifeline.tlc.TlcRunner;
import lifeline.ui.WindowTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * A window opened with checking as you edit starts a TLC child for its next check, which parses the model
 * while it waits; closing the window ends that child and removes its folder, also when the window closes
 * before the child has started (the start is under way on the check thread), and so does another scene
 * taking the dock's place on its window. Real windows, a real runner and real TLC children, their folders
 * under a folder of this test.
 */
@WindowTest
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class WindowCloseEndsChildTest {
    @TempDir
    Path root;

    private final AtomicReference<TlcRunner> runner = new AtomicReference<>();
    private FxUiExecutor executor;

    /** A window on seed 001 whose checks get a runner that starts children ahead, folders under root. */
    private Stage open(FxRobot robot) {
        executor = new FxUiExecutor();
        CheckerSource source = CheckerSource.owning(() -> {
            TlcRunner r = new TlcRunner(TlcFixture.checker().runner().jar(), root).prestarting();
            runner.set(r);
            return r;
        }, root);
        CheckServices services = new CheckServices(source, executor,
                new CheckPreferencesStore(root.resolve("prefs.properties")), new CheckKit.ScriptedDialog());
        AtomicReference<Stage> shown = new AtomicReference<>();
        robot.interact(() -> {
            Stage stage = new Stage();
            stage.setScene(CheckKit.themed(new Scene(new CheckDock(CheckKit.document("seed001-epoll-flush-uaf"),
                    services), 900, 600)));
            stage.show();
            shown.set(stage);
        });
        return shown.get();
    }

    /** The child started ahead for the window's next check, once it is there. */
    private long waitingChild() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while ((runner.get() == null || runner.get().waitingPid().isEmpty()) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        long pid = runner.get().waitingPid().orElseThrow(() -> new AssertionError("no child started ahead"));
        assertTrue(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "the child waits");
        return pid;
    }

    @Test
    void closingTheWindowWhileTheChildStartedAheadParsesEndsItAndRemovesItsFolder(FxRobot robot) throws Exception {
        Stage stage = open(robot);
        long pid = waitingChild();

        robot.interact(stage::close);
        afterTheCheckThread();

        ProcessHandle.of(pid).ifPresent(p -> assertGoneWithin(p, 5));
        assertEquals(List.of(), lifelineProcesses(), "no TLC child of this window is left");
        assertEquals(List.of(), folders(), "no folder of this window is left");
    }

    @Test
    void anotherSceneOnTheWindowEndsTheChildAsClosingWould(FxRobot robot) throws Exception {
        Stage stage = open(robot);
        long pid = waitingChild();

        robot.interact(() -> stage.setScene(new Scene(new Label("another scene"))));
        afterTheCheckThread();

        ProcessHandle.of(pid).ifPresent(p -> assertGoneWithin(p, 5));
        assertEquals(List.of(), lifelineProcesses(), "no TLC child of the dock taken off the window is left");
        assertEquals(List.of(), folders(), "no folder of the dock taken off the window is left");
        robot.interact(stage::close);
    }

    @Test
    void closingTheWindowBeforeTheChildHasStartedLeavesNoChildNorFolder(FxRobot robot) throws Exception {
        Stage stage = open(robot);
        robot.interact(stage::close); // the start ahead is queued on the check thread, or under way

        afterTheCheckThread();

        for (ProcessHandle p : lifelineProcesses()) {
            assertGoneWithin(p, 5);
        }
        assertEquals(List.of(), folders(), "no folder of this window is left");
    }

    /** Waits until the check thread has done what was handed to it before now (the start ahead). */
    private void afterTheCheckThread() throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        executor.background(done::countDown);
        assertTrue(done.await(60, TimeUnit.SECONDS), "the check thread is free");
    }

    private static void assertGoneWithin(ProcessHandle p, int seconds) {
        try {
            p.onExit().get(seconds, TimeUnit.SECONDS);
        } catch (Exception e) {
            p.destroyForcibly();
            throw new AssertionError("TLC child " + p.pid() + " outlived its window by " + seconds + " s");
        }
    }

    /** The processes whose command line names root: the TLC children of this test's window. */
    private List<ProcessHandle> lifelineProcesses() {
        return ProcessHandle.current().descendants().filter(p -> p.isAlive()
                && p.info().commandLine().map(c -> c.contains(root.toString())).orElse(false)).toList();
    }

    private List<Path> folders() throws IOException {
        try (Stream<Path> s = Files.list(root)) {
            return s.filter(p -> p.getFileName().toString().startsWith("lifeline-")).sorted().toList();
        }
    }
}

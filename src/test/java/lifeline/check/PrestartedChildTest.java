package lifeline.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import lifeline.Sweeps;
import lifeline.io.Examples;
import lifeline.model.Scenario;
import lifeline.tlc.TlcListener;
import lifeline.tlc.TlcRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A runner that starts TLC children ahead of time ({@link TlcRunner#prestarting()}): each check
 * runs in the child that waited for it, a fresh one is started shortly after a check ends, none is left
 * when the runner is closed, and the answers are those of a child started for the check, on
 * every example (verdict, property, states, the trace step by step, the report).
 */
@Timeout(value = 600, unit = TimeUnit.SECONDS)
class PrestartedChildTest {

    @TempDir
    Path root;

    /** What a test does with a prestarting runner, a checker on it and the check of one example. */
    private interface WithRunner {
        void run(TlcRunner runner, Checker checker, CheckRequest req) throws Exception;
    }

    /**
     * Runs body with a fresh prestarting runner and the request to check example, closes the runner
     * however body ends, and then finds no child waiting and no folder left.
     */
    private void withPrestartingRunner(String example, WithRunner body) throws Exception {
        withPrestartingRunner(example, 1, body);
    }

    /** As above, with a runner that keeps {@code children} waiting. */
    private void withPrestartingRunner(String example, int children, WithRunner body) throws Exception {
        TlcRunner runner = new TlcRunner(TlcFixture.checker().runner().jar(), root).prestarting(children);
        CheckRequest req = JitPolicy.apply(CheckRequest.of(Examples.load(example).orElseThrow()));
        try {
            body.run(runner, new Checker(runner, root), req);
        } finally {
            runner.close();
        }
        assertTrue(runner.waitingPid().isEmpty(), "no child waits once the runner is closed");
        // A child the last check's end began to start may still be on its way: closing discards it once started.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!folders().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(List.of(), folders(), "no folder is left once the runner is closed");
    }

    @Test
    void eachCheckRunsInTheChildThatWaitedForItAndANewOneIsStartedAfterIt() throws Exception {
        withPrestartingRunner("seed001-epoll-flush-uaf", (runner, checker, req) -> {
            assertTrue(runner.waitingPid().isEmpty(), "nothing is started before the first check");
            assertEquals(Verdict.VIOLATION, checker.check(req).verdict());
            long first = awaitWaiting(runner);

            Checker.Check check = checker.start(req, TlcListener.NONE);
            assertEquals(first, check.pid(), "the check runs in the child that waited");
            assertTrue(check.timeline().prestarted());
            assertEquals(Verdict.VIOLATION, check.await().verdict());
            long second = awaitWaiting(runner);
            assertNotEquals(first, second, "each check gets a fresh child");
            assertFalse(ProcessHandle.of(first).map(ProcessHandle::isAlive).orElse(false), "the used child is gone");
        });
    }

    /**
     * The replacement of a check's child starts a moment after the check ends (TlcRunner.REFILL_DELAY_MS),
     * leaving the CPU to whoever shows the result; a check that comes before that starts it then and runs in
     * it, and no second one is started for it.
     */
    @Test
    void aCheckRightAfterAnotherRunsInTheReplacementStartedForIt() throws Exception {
        withPrestartingRunner("seed002-flush-double-free-fixed", (runner, checker, req) -> {
            assertEquals(Verdict.PASS, checker.check(req).verdict());
            Checker.Check next = checker.start(req, TlcListener.NONE); // at once: within the delay
            assertTrue(next.timeline().prestarted(), "the replacement, started now, runs it");
            assertEquals(Verdict.PASS, next.await().verdict());
            long replacement = awaitWaiting(runner);
            Thread.sleep(3 * TlcRunner.REFILL_DELAY_MS);
            assertEquals(replacement, runner.waitingPid().orElseThrow(), "one replacement per check, kept");
        });
    }

    /**
     * A runner that keeps two children (as the app's does) starts the second TlcRunner.SPARE_DELAY_MS after
     * the first; two checks back to back then run in the two, the older first, each child used once, and
     * two wait again afterwards.
     */
    @Test
    void aRunnerKeepingTwoChildrenRunsChecksBackToBackInChildrenStartedBeforeThem() throws Exception {
        withPrestartingRunner("seed001-epoll-flush-uaf-fixed", 2, (runner, checker, req) -> {
            assertEquals(Verdict.PASS, checker.check(req).verdict());
            List<Long> before = awaitWaiting(runner, 2);

            Checker.Check first = checker.start(req, TlcListener.NONE);
            assertEquals(before.get(0), first.pid(), "the older child runs the first check");
            assertEquals(Verdict.PASS, first.await().verdict());
            Checker.Check second = checker.start(req, TlcListener.NONE); // at once, before the first's replacement
            assertEquals(before.get(1), second.pid(), "the other child, started before, runs the second");
            assertEquals(Verdict.PASS, second.await().verdict());

            List<Long> after = awaitWaiting(runner, 2);
            assertTrue(after.stream().noneMatch(before::contains), "each child runs one check: " + before + " " + after);
            Thread.sleep(TlcRunner.SPARE_DELAY_MS + 3 * TlcRunner.REFILL_DELAY_MS);
            assertEquals(after, runner.waitingPids(), "two children wait, no more");
        });
    }

    @Test
    void aChildStartedAheadOfTheFirstCheckParsesItsModelAndRunsIt() throws Exception {
        withPrestartingRunner("seed003-kref-missing-get", (runner, checker, req) -> {
            checker.startAhead(req);
            long waiting = runner.waitingPid().orElseThrow();
            assertTrue(folders().stream().noneMatch(f -> f.getFileName().toString().startsWith("lifeline-" + Checker.MODEL_DIR_KIND)),
                    "the model written for the warm-up is gone: " + folders());
            Checker.Check check = checker.start(req, TlcListener.NONE);
            assertEquals(waiting, check.pid(), "the first check runs in the child started ahead");
            assertEquals(Verdict.VIOLATION, check.await().verdict());
        });
    }

    @Test
    void aChildForAnotherHeapIsNotUsedButReplaced() throws Exception {
        withPrestartingRunner("seed002-flush-double-free", (runner, checker, req) -> {
            checker.check(req);
            long waiting = awaitWaiting(runner);
            CheckRequest bigger = req.with(req.tlc().withHeapMb(req.tlc().heapMb() + 64));

            Checker.Check check = checker.start(bigger, TlcListener.NONE);
            assertNotEquals(waiting, check.pid(), "a child started with another heap cannot serve this check");
            assertFalse(check.timeline().prestarted());
            assertEquals(Verdict.VIOLATION, check.await().verdict());
            assertTrue(ProcessHandle.of(waiting).isEmpty() || !ProcessHandle.of(waiting).get().isAlive());
        });
    }

    /**
     * Each example's check runs in the child started ahead when the check before it ended (the first in
     * one started for it, each later one after parsing the model before it), and answers as the CLI, which
     * runs TLC afresh, answered when the goldens of ExampleOutputGoldenTest were written: verdict, property,
     * states, report and trace, byte for byte. Four examples of four drivers, a pass among them (every
     * example under -Pthorough).
     */
    @Test
    void aChildStartedAheadAnswersAsAFreshTlcOnExamplesOfFourDrivers() throws Exception {
        List<String> names = Sweeps.thorough() ? Examples.names() : List.of("seed000-binder-leak",
                "seed001-epoll-flush-uaf", "seed003-kref-missing-get-fixed", "seed004-hook-path-leak");
        TlcRunner ready = new TlcRunner(TlcFixture.checker().runner().jar(), root).prestarting();
        try {
            for (String name : names) {
                Scenario s = Examples.load(name).orElseThrow();
                CheckRequest req = JitPolicy.apply(CheckRequest.of(s));
                req = req.with(req.tlc().withWorkers(1)); // one worker: TLC's search order is fixed
                ready.prestart(req.tlc()); // the first example's child; later ones wait since the last check
                awaitWaiting(ready);
                Checker.Check check = new Checker(ready, root).start(req, TlcListener.NONE);
                CheckResult actual = check.await();
                assertTrue(check.timeline().prestarted(), name);
                ExampleOutputGoldenTest.assertGoldenJson(name, actual);
            }
        } finally {
            ready.close();
        }
    }

    /** The waiting child's pid, once the runner has started it (within a minute on a loaded machine). */
    static long awaitWaiting(TlcRunner runner) throws InterruptedException {
        return awaitWaiting(runner, 1).get(0);
    }

    /** The pids of the waiting children, once {@code n} wait (within a minute on a loaded machine). */
    static List<Long> awaitWaiting(TlcRunner runner, int n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (runner.waitingPids().size() < n && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        List<Long> pids = runner.waitingPids();
        assertEquals(n, pids.size(), "children waiting: " + pids);
        return pids;
    }

    private List<Path> folders() throws IOException {
        try (Stream<Path> s = Files.list(root)) {
            return s.sorted().toList();
        }
    }
}

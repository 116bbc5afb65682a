package lifeline.tlc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import lifeline.tlc.child.TlcMain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real TLC jar in real child processes. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TlcRunnerTest {

    @TempDir
    Path work;

    private TlcRunner runner() {
        return new TlcRunner(Fixtures.tlaToolsJar(), work.resolve("runs"));
    }

    /** Copies a spec, runs TLC on it and checks what every run must leave behind: nothing. */
    private TlcResult runToEnd(String spec, TlcOptions options, List<TlcEvent> events) throws Exception {
        Path tla = Fixtures.copySpec(spec, work.resolve(spec));
        List<String> before = Fixtures.listing(tla.getParent());
        TlcRun run = runner().start(tla, Fixtures.configOf(tla), options, events::add);
        TlcResult result = run.await();
        assertEquals(before, Fixtures.listing(tla.getParent()), "the spec directory gained or lost files");
        assertFalse(Files.exists(run.runDirectory()), "the run directory was not deleted");
        return result;
    }

    @Test
    void passingSpec() throws Exception {
        List<TlcEvent> events = new CopyOnWriteArrayList<>();

        TlcResult result = runToEnd("passing", SmallRuns.options(), events);

        assertEquals(TlcOutcome.PASSED, result.outcome(), () -> result.failure().map(TlcFailure::humanMessage).orElse(""));
        assertEquals(0, result.exitCode());
        assertEquals(4, result.statistics().orElseThrow().distinctStates());
        assertInstanceOf(TlcEvent.Started.class, events.get(0));
        assertInstanceOf(TlcEvent.Finished.class, events.get(events.size() - 1));
        assertTrue(result.wallTime().compareTo(Duration.ZERO) > 0);
    }

    @Test
    void invariantViolationLeavesNoTraceFilesBesideTheSpec() throws Exception {
        TlcResult result = runToEnd("violation", SmallRuns.options(), new CopyOnWriteArrayList<>());

        assertEquals(TlcOutcome.VIOLATION, result.outcome());
        assertEquals(ExitStatus.VIOLATION_SAFETY, result.exitStatus());
        assertEquals(Optional.of("RefsBounded"), result.violatedProperty());
        assertEquals(4, result.trace().size());
    }

    @Test
    void theLauncherLearnsTlcsExitStatusThroughTlcsApiWithoutASecurityManager() throws Exception {
        Path tla = Fixtures.copySpec("violation", work.resolve("violation"));
        TlcRun run = runner().start(tla, Fixtures.configOf(tla), SmallRuns.options(), TlcListener.NONE);
        TlcResult result = run.await();

        assertEquals(ExitStatus.VIOLATION_SAFETY, result.exitStatus());
        assertTrue(run.timeline().arrivals().containsKey(TlcCodes.LIFELINE_EXIT),
                "the launcher announced TLC's exit status, so the JVM's own shutdown was not awaited");
        assertEquals("", result.stderrTail().strip(), "no JVM warning (a security manager would print one)");
        assertFalse(SecurityManager.class.isAssignableFrom(TlcMain.class));
    }

    @Test
    void parseErrorNamesTheLine() throws Exception {
        TlcResult result = runToEnd("parse_error", SmallRuns.options(), new CopyOnWriteArrayList<>());

        assertEquals(TlcOutcome.SPEC_ERROR, result.outcome());
        TlcFailure.SpecError error = assertInstanceOf(TlcFailure.SpecError.class, result.failure().orElseThrow());
        assertEquals(Optional.of(new TlaLocation("ParseError", 6, 1)), error.location());
    }

    @Test
    void deadlockCheckCanBeTurnedOff() throws Exception {
        TlcResult result = runToEnd("deadlock", SmallRuns.options().withCheckDeadlock(false), new CopyOnWriteArrayList<>());

        assertEquals(TlcOutcome.PASSED, result.outcome());
        assertEquals(3, result.statistics().orElseThrow().distinctStates());
    }

    @Test
    void tooSmallAHeapIsOutOfMemory() throws Exception {
        TlcResult result = runToEnd("out_of_memory", SmallRuns.options().withHeapMb(64), new CopyOnWriteArrayList<>());

        assertEquals(TlcOutcome.OUT_OF_MEMORY, result.outcome());
        assertTrue(result.failure().orElseThrow().humanMessage().contains("64 MB"));
    }

    @Test
    void missingJarIsTheTypedError() throws Exception {
        Path tla = Fixtures.copySpec("passing", work.resolve("passing"));
        TlcRunner noJar = new TlcRunner(work.resolve("missing/tla2tools.jar"), work.resolve("runs"));

        TlcJarNotFound e = assertThrows(TlcJarNotFound.class,
                () -> noJar.start(tla, SmallRuns.options(), TlcListener.NONE));

        assertTrue(e.getMessage().contains("missing/tla2tools.jar"), e.getMessage());
        assertTrue(e.getMessage().contains(TlaToolsLocator.ENV_VAR), e.getMessage());
        assertFalse(Files.exists(work.resolve("runs")) && Fixtures.listing(work.resolve("runs")).size() > 0);
    }

    @Test
    void cancelKillsTlcAtOnce() throws Exception {
        Path tla = Fixtures.copySpec("counting", work.resolve("counting"));
        List<String> before = Fixtures.listing(tla.getParent());
        CountDownLatch exploring = new CountDownLatch(1);
        TlcRun run = runner().start(tla, SmallRuns.options().withWorkers(1), event -> {
            if (event instanceof TlcEvent.InitialStates) {
                exploring.countDown();
            }
        });
        assertTrue(exploring.await(20, TimeUnit.SECONDS), "TLC never started exploring");
        assertFalse(run.isDone());

        long start = System.nanoTime();
        run.cancel();
        TlcResult result = run.await(Duration.ofSeconds(10)).orElseThrow();
        long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertEquals(TlcOutcome.CANCELLED, result.outcome());
        assertInstanceOf(TlcFailure.Cancelled.class, result.failure().orElseThrow());
        assertTrue(tookMs < 2_000, "cancel took " + tookMs + " ms");
        assertNoProcessSurvives(run, tla);
        assertEquals(before, Fixtures.listing(tla.getParent()));
    }

    @Test
    void timeLimitStopsTlc() throws Exception {
        Path tla = Fixtures.copySpec("counting", work.resolve("counting"));
        Duration limit = Duration.ofMillis(1500);

        TlcRun run = runner().start(tla, SmallRuns.options().withTimeout(limit), TlcListener.NONE);
        TlcResult result = run.await(Duration.ofSeconds(15)).orElseThrow();

        assertEquals(TlcOutcome.TIMEOUT, result.outcome());
        assertEquals(new TlcFailure.TimedOut(limit), result.failure().orElseThrow());
        assertTrue(result.wallTime().compareTo(Duration.ofSeconds(4)) < 0, "stopped after " + result.wallTime());
        assertNoProcessSurvives(run, tla);
    }

    @Test
    void aFaultyListenerDoesNotDisturbTheRun() throws Exception {
        TlcResult result = runToEnd("violation", SmallRuns.options(), new CopyOnWriteArrayList<>() {
            @Override
            public boolean add(TlcEvent event) {
                throw new IllegalStateException("listener bug");
            }
        });

        assertEquals(TlcOutcome.VIOLATION, result.outcome());
    }

    @Test
    void aViolationExitStatusWithoutAnyMessageIsNoVerdict() throws Exception {
        Path tla = Fixtures.copySpec("passing", work.resolve("passing"));
        Path fake = FakeTlc.jar(work.resolve("fake"), "System.exit(12);");

        TlcResult result = new TlcRunner(fake, work.resolve("runs")).run(tla, Fixtures.configOf(tla),
                SmallRuns.options(), TlcListener.NONE);

        assertEquals(TlcOutcome.CRASH, result.outcome());
        String message = result.failure().orElseThrow().humanMessage();
        assertTrue(message.contains("printed no violation message"), message);
    }

    @Test
    void aTlcThatNamesAViolationButPrintsNoTraceIsNoVerdict() throws Exception {
        Path tla = Fixtures.copySpec("passing", work.resolve("passing"));
        Path fake = FakeTlc.jar(work.resolve("fake"), "System.out.println(\"@!@!@STARTMSG 2110:1 @!@!@\\n"
                + "Invariant Inv is violated.\\n@!@!@ENDMSG 2110 @!@!@\"); System.exit(12);");

        TlcResult result = new TlcRunner(fake, work.resolve("runs")).run(tla, Fixtures.configOf(tla),
                SmallRuns.options(), TlcListener.NONE);

        assertEquals(TlcOutcome.CRASH, result.outcome());
        String message = result.failure().orElseThrow().humanMessage();
        assertTrue(message.contains("printed no trace") && message.contains("Invariant Inv is violated."), message);
    }

    @Test
    void aHeapTheMachineCannotGiveIsTheJvmsOwnReason() throws Exception {
        Path tla = Fixtures.copySpec("passing", work.resolve("passing"));

        TlcResult result = runner().run(tla, Fixtures.configOf(tla), SmallRuns.options().withHeapMb(99_999_999),
                TlcListener.NONE);

        assertEquals(TlcOutcome.CRASH, result.outcome());
        String message = result.failure().orElseThrow().humanMessage();
        assertTrue(message.startsWith("TLC's Java VM did not start") && message.contains("Could not reserve enough space"),
                message);
    }

    /** Runs the never-ending counting spec until the launcher has reported {@code reports} times, then cancels. */
    private TlcResult countUntil(int reports, List<TlcEvent.LiveProgress> seen) throws Exception {
        Path tla = Fixtures.copySpec("counting", work.resolve("counting"));
        CountDownLatch enough = new CountDownLatch(reports);
        TlcRun run = runner().start(tla, SmallRuns.options().withWorkers(1), event -> {
            if (event instanceof TlcEvent.LiveProgress p) {
                seen.add(p);
                enough.countDown();
            }
        });
        assertTrue(enough.await(40, TimeUnit.SECONDS), "the launcher reported " + seen.size() + " times");
        run.cancel();
        return run.await();
    }

    @Test
    void theLauncherReportsLiveProgressWhileTlcExplores() throws Exception {
        List<TlcEvent.LiveProgress> seen = new CopyOnWriteArrayList<>();

        TlcResult result = countUntil(4, seen);

        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i).distinctStates() >= seen.get(i - 1).distinctStates(), seen.toString());
            assertTrue(seen.get(i).elapsedMs() > seen.get(i - 1).elapsedMs(), seen.toString());
        }
        TlcEvent.LiveProgress last = seen.get(seen.size() - 1);
        assertTrue(last.distinctStates() > 0 && last.depth() > 1 && last.workers() == 1, last.toString());
        assertTrue(TlcMain.DEFAULT_PROGRESS_MS <= 500, "at least twice a second");
        assertEquals(TlcOutcome.CANCELLED, result.outcome());
        assertTrue(result.statistics().orElseThrow().distinctStates() >= last.distinctStates());
    }

    /**
     * In the counting spec the states reachable in at most n steps are exactly those with x + y <= n,
     * (n + 1)(n + 2) / 2 of them: a stopped run that claims n steps must have found them all.
     */
    @Test
    void aStoppedRunClaimsOnlyTheDepthsItFinished() throws Exception {
        List<TlcEvent.LiveProgress> seen = new CopyOnWriteArrayList<>();

        TlcResult result = countUntil(3, seen);

        int steps = result.stepsFullyExplored().orElseThrow();
        TlcEvent.LiveProgress last = result.lastLiveProgress().orElseThrow();
        long within = (steps + 1L) * (steps + 2L) / 2;
        assertTrue(steps >= 1, "a claim worth making: " + steps);
        assertTrue(last.distinctStates() >= within, last + " cannot vouch for " + steps + " steps");
        assertEquals(last.depth() - 2, steps);
    }

    @Test
    void withSeveralWorkersAStoppedRunClaimsNoDepth() throws Exception {
        Path tla = Fixtures.copySpec("counting", work.resolve("counting"));
        CountDownLatch reported = new CountDownLatch(2);
        TlcRun run = runner().start(tla, SmallRuns.options().withWorkers(2), event -> {
            if (event instanceof TlcEvent.LiveProgress) {
                reported.countDown();
            }
        });
        assertTrue(reported.await(40, TimeUnit.SECONDS));
        run.cancel();

        TlcResult result = run.await();

        assertEquals(2, result.lastLiveProgress().orElseThrow().workers());
        assertEquals(Optional.empty(), result.stepsFullyExplored());
    }

    private static void assertNoProcessSurvives(TlcRun run, Path tla) throws IOException {
        assertFalse(Files.exists(run.runDirectory()), "the run directory was not deleted");
        assertFalse(ProcessHandle.of(run.pid()).map(ProcessHandle::isAlive).orElse(false), "TLC is still alive");
        String runDir = run.runDirectory().toString();
        List<ProcessHandle> survivors = ProcessHandle.allProcesses()
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().commandLine().map(c -> c.contains(runDir) || c.contains(tla.toString())).orElse(false))
                .toList();
        assertEquals(List.of(), survivors.stream().map(p -> p.pid() + " " + p.info().commandLine().orElse("")).toList());
    }
}

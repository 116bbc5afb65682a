package lifeline.tlc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A runner {@link TlcRunner#inThisJvm() in this JVM}: the real TLC jar on a thread of the test's JVM,
 * against the same TLC in a child. Each run here leaves TLC's classes loaded (as the command line,
 * which ends after its one check, may), so the class runs few of them.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class TlcInThisJvmTest {
    private static final long THIS_JVM = ProcessHandle.current().pid();

    @TempDir
    Path work;

    private TlcRunner runner() {
        return new TlcRunner(Fixtures.tlaToolsJar(), work.resolve("runs"));
    }

    @Test
    void aSmallRunHereReportsWhatAChildReportsAndOnlyTheFirstRunsHere() throws Exception {
        Path tla = Fixtures.copySpec("violation", work.resolve("violation"));
        List<String> before = Fixtures.listing(tla.getParent());
        TlcRunner here = runner().inThisJvm();
        here.loadAhead();

        TlcRun first = here.start(tla, SmallRuns.options(), TlcListener.NONE);
        TlcResult inThisJvm = first.await();
        TlcRun second = here.start(tla, SmallRuns.options(), TlcListener.NONE);
        TlcResult inAChild = second.await();

        assertEquals(THIS_JVM, first.pid(), "the first small run is in this JVM");
        assertNotEquals(THIS_JVM, second.pid(), "a second run gets a child: TLC's static state is one run's");
        assertEquals(TlcOutcome.VIOLATION, inThisJvm.outcome());
        assertEquals(inAChild.outcome(), inThisJvm.outcome());
        assertEquals(inAChild.exitStatus(), inThisJvm.exitStatus());
        assertEquals(inAChild.violatedProperty(), inThisJvm.violatedProperty());
        assertEquals(inAChild.trace(), inThisJvm.trace());
        assertEquals(inAChild.statistics().orElseThrow().distinctStates(),
                inThisJvm.statistics().orElseThrow().distinctStates());
        assertEquals("", inThisJvm.stderrTail().strip());
        List<String> standardModules = inThisJvm.messages().stream().map(ToolOutput::fullText)
                .filter(t -> t.startsWith("Parsing file ") && t.endsWith("Naturals.tla")).toList();
        assertEquals(1, standardModules.size(), () -> "SANY parsed Naturals once: " + standardModules);
        assertTrue(standardModules.get(0).startsWith("Parsing file " + first.runDirectory()),
                "TLC copied its standard modules into the run's own folder, not the JVM's shared one: "
                        + standardModules);
        assertFalse(Files.exists(first.runDirectory()), "the run directory was deleted");
        assertEquals(before, Fixtures.listing(tla.getParent()), "the spec directory gained or lost files");
    }

    @Test
    void aLargeModelsRunGetsAChild() throws Exception {
        Path tla = Fixtures.copySpec("passing", work.resolve("passing"));

        TlcRun run = runner().inThisJvm().start(tla, SmallRuns.options().withJit(TlcOptions.Jit.FULL),
                TlcListener.NONE);

        assertNotEquals(THIS_JVM, run.pid(), "C2's model runs in a child with the JIT it needs");
        assertEquals(TlcOutcome.PASSED, run.await().outcome());
    }

    @Test
    void cancelEndsTheRunAtOnceAndStopsTlcsModelChecker() throws Exception {
        Path tla = Fixtures.copySpec("counting", work.resolve("counting"));
        CountDownLatch exploring = new CountDownLatch(1);
        TlcRun run = runner().inThisJvm().start(tla, SmallRuns.options(), event -> {
            if (event instanceof TlcEvent.InitialStates) {
                exploring.countDown();
            }
        });
        assertTrue(exploring.await(30, TimeUnit.SECONDS), "TLC never started exploring");
        assertEquals(THIS_JVM, run.pid());

        long start = System.nanoTime();
        run.cancel();
        TlcResult result = run.await(Duration.ofSeconds(10)).orElseThrow();
        long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertEquals(TlcOutcome.CANCELLED, result.outcome());
        assertTrue(tookMs < 2_000, "cancel took " + tookMs + " ms");
        assertFalse(Files.exists(run.runDirectory()), "the run directory was deleted");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (tlcThreadRuns() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertFalse(tlcThreadRuns(), "TLC's model checker stopped when asked, ending its thread");
    }

    @Test
    void aTlcThatCanOnlyRunThroughItsMainGetsAChild() throws Exception {
        Path jar = FakeTlc.jar(work.resolve("fake"), "System.out.println(\"a TLC without its API\"); System.exit(0);");
        Path tla = Fixtures.copySpec("passing", work.resolve("passing"));

        TlcRun run = new TlcRunner(jar, work.resolve("runs")).inThisJvm().start(tla, SmallRuns.options(),
                TlcListener.NONE);
        run.await();

        assertNotEquals(THIS_JVM, run.pid(), "its main would have ended this JVM");
    }

    private static boolean tlcThreadRuns() {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("tlc-in-this-jvm"));
    }
}

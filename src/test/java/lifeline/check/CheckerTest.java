package lifeline.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import lifeline.model.FreeSite;
import lifeline.model.SeedScenarios;
import lifeline.model.ValidationException;
import lifeline.spec.CheckOptions;
import lifeline.spec.Granularity;
import lifeline.tlc.SmallRuns;
import lifeline.tlc.TlcEvent;
import lifeline.tlc.TlcJarNotFound;
import lifeline.tlc.TlcOptions;
import lifeline.tlc.TlcRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A check leaves no TLC process and no model directory behind, however it ends. */
class CheckerTest {
    private static List<Path> contents(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    @Test
    void cancellingALongCheckKillsTlcAndRemovesItsFiles(@TempDir Path root) throws Exception {
        Checker checker = new Checker(TlcFixture.checker().runner(), root);
        CheckRequest literal = new CheckRequest(SeedScenarios.benchmark(),
                new CheckOptions(lifeline.model.Property.defaults(), Granularity.LITERAL), SmallRuns.options());
        AtomicLong progress = new AtomicLong();
        Checker.Check check = checker.start(literal, e -> {
            if (e instanceof TlcEvent.Progress || e instanceof TlcEvent.InitialStates) {
                progress.incrementAndGet();
            }
        });
        long pid = check.pid();
        for (int i = 0; i < 300 && progress.get() == 0; i++) {
            Thread.sleep(100); // until TLC has started exploring
        }
        assertTrue(progress.get() > 0, "events stream while TLC runs");
        check.cancel();
        CheckResult r = check.await();
        assertTrue(r.verdict() == Verdict.CANCELLED || r.verdict() == Verdict.BOUNDED, r.message());
        assertTrue(r.message().startsWith("Cancelled"), r.message());
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "TLC is gone");
        assertEquals(List.of(), contents(root), "no model directory left");
    }

    @Test
    void aTimeLimitEndsTheCheckAsCancelled(@TempDir Path root) throws Exception {
        CheckRequest literal = new CheckRequest(SeedScenarios.benchmark(),
                new CheckOptions(lifeline.model.Property.defaults(), Granularity.LITERAL),
                TlcOptions.defaults().withTimeout(java.time.Duration.ofSeconds(2)));
        CheckResult r = new Checker(new TlcRunner(TlcFixture.checker().runner().jar(), root), root).check(literal);
        assertTrue(r.verdict() == Verdict.CANCELLED || r.verdict() == Verdict.BOUNDED, r.message());
        assertTrue(r.message().startsWith("Stopped at the time limit of 2 s"), r.message());
        assertEquals(List.of(), contents(root), "no model or run directory left");
    }

    @Test
    void aCheckCancelledAfterExploringSaysWhichBehavioursHaveNoViolation(@TempDir Path root) throws Exception {
        Checker checker = new Checker(TlcFixture.checker().runner(), root);
        CheckRequest literal = new CheckRequest(SeedScenarios.benchmark(),
                new CheckOptions(lifeline.model.Property.defaults(), Granularity.LITERAL), SmallRuns.options());
        java.util.concurrent.CountDownLatch reports = new java.util.concurrent.CountDownLatch(3);
        Checker.Check check = checker.start(literal, e -> {
            if (e instanceof TlcEvent.LiveProgress) {
                reports.countDown();
            }
        });
        assertTrue(reports.await(60, java.util.concurrent.TimeUnit.SECONDS), "live progress while TLC explores");
        check.cancel();

        CheckResult r = check.await();

        assertEquals(Verdict.BOUNDED, r.verdict(), r.message());
        int steps = r.completeSteps().orElseThrow();
        assertTrue(r.message().matches("Cancelled: no violation in any behaviour of up to " + steps
                + " steps \\([0-9,]+ distinct states explored\\)\\. Longer behaviours were not checked\\."),
                r.message());
        assertTrue(r.distinctStates() > 0);
    }

    @Test
    void aCheckWithTwoWorkersCancelledAfterExploringSaysHowManyStatesHaveNoViolation(@TempDir Path root)
            throws Exception {
        Checker checker = new Checker(TlcFixture.checker().runner(), root);
        CheckRequest literal = new CheckRequest(SeedScenarios.benchmark(),
                new CheckOptions(lifeline.model.Property.defaults(), Granularity.LITERAL), TlcOptions.defaults().withWorkers(2));
        java.util.concurrent.CountDownLatch reports = new java.util.concurrent.CountDownLatch(3);
        Checker.Check check = checker.start(literal, e -> {
            if (e instanceof TlcEvent.LiveProgress p && p.distinctStates() > 0) {
                reports.countDown();
            }
        });
        assertTrue(reports.await(60, java.util.concurrent.TimeUnit.SECONDS), "live progress while TLC explores");
        check.cancel();

        CheckResult r = check.await();

        assertEquals(Verdict.BOUNDED, r.verdict(), r.message());
        assertTrue(r.completeSteps().isEmpty(), "no depth is claimed with two workers");
        assertTrue(r.message().matches("Cancelled: no violation in the [0-9,]+ distinct states explored \\(depth \\d+"
                + " reached\\)\\. With 2 workers TLC's search is not strictly breadth-first, so no length of behaviour"
                + " is known to be checked completely; one worker gives that bound\\."), r.message());
    }

    @Test
    void aMissingJarIsATypedErrorAndLeavesNoFolder(@TempDir Path dir) throws Exception {
        Checker checker = new Checker(new TlcRunner(dir.resolve("missing.jar")), dir);
        assertThrows(TlcJarNotFound.class, () -> checker.check(CheckRequest.of(SeedScenarios.seed001(FreeSite.FLUSH))));
        assertEquals(List.of(), contents(dir), "no model directory left");
    }

    @Test
    void aFinishedCheckLeavesNoFolder(@TempDir Path root) throws Exception {
        Checker checker = new Checker(new TlcRunner(TlcFixture.checker().runner().jar(), root), root);
        CheckResult r = checker.check(CheckRequest.of(SeedScenarios.seed001(FreeSite.FLUSH)));
        assertEquals(Verdict.VIOLATION, r.verdict(), r.message());
        assertEquals(List.of(), contents(root), "no model or run directory left");
    }

    @Test
    void anInvalidScenarioIsRefusedBeforeTlcRuns() {
        var s = SeedScenarios.seed001(FreeSite.FLUSH);
        var broken = s.withFds(List.of());
        ValidationException e = assertThrows(ValidationException.class,
                () -> TlcFixture.checker().check(CheckRequest.of(broken)));
        assertFalse(e.problems().isEmpty());
    }
}

package lifeline.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import lifeline.check.TlcFixture;
import lifeline.check.Verdict;
import lifeline.io.Examples;
import lifeline.model.Property;
import lifeline.model.Scenario;
import lifeline.spec.Granularity;
import lifeline.tlc.SmallRuns;
import lifeline.tlc.TlcListener;
import lifeline.trace.TraceStep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A seed-001 run replayed on its fixed twin: the same choices, and the free in flush is gone. */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class ReplayTest {
    @TempDir
    Path temp;

    @Test
    void replayingTheSeed001RunOnItsFixedTwinPasses() throws Exception {
        Scenario bug = Examples.load("seed001-epoll-flush-uaf").orElseThrow();
        Scenario fixed = Examples.load("seed001-epoll-flush-uaf-fixed").orElseThrow();
        var checked = TlcFixture.check(bug, Granularity.FUSED).trace().orElseThrow();
        try (Explorer onBug = Explorer.open(bug, bug.properties(), TlcFixture.checker().runner(), temp);
             Explorer onFixed = Explorer.open(fixed, fixed.properties(), TlcFixture.checker().runner(), temp)) {
            ExploreRun run = onBug.follow(checked.folded().steps().stream().map(s -> s.state().raw()).toList());
            assertEquals(Property.NO_USE_AFTER_FREE, onBug.violation(run).orElseThrow().property());

            Replay replay = Replay.of(run, onBug, onFixed);

            assertEquals(run.size(), replay.run().size(), "every choice can be made on the fixed scenario");
            assertTrue(onFixed.violation(replay.run()).isEmpty(), "no use-after-free where the bug had one");
            assertTrue(replay.partsAt() > 0, "the runs part");
            Replay.Compared parting = replay.steps().get(replay.partsAt());
            assertTrue(freesInFlush(parting.original()), parting.original().summary());
            assertFalse(freesInFlush(parting.replayed().orElseThrow()), parting.replayed().orElseThrow().summary());
            for (int i = 0; i < replay.partsAt(); i++) {
                assertTrue(replay.steps().get(i).same(), "step " + (i + 1) + " is the same before they part");
            }
            Continuation rest = onFixed.continueAsCheck(replay.run(), SmallRuns.options(), TlcListener.NONE);
            assertEquals(Verdict.PASS, rest.check().verdict(), rest.check().message());
        }
    }

    private static boolean freesInFlush(TraceStep s) {
        return s.calls().stream().anyMatch(c -> c.backtrace().contains("flush") && c.function().equals("kfree"));
    }
}

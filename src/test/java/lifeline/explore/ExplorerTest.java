package lifeline.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import lifeline.check.CheckResult;
import lifeline.check.TlcFixture;
import lifeline.check.Verdict;
import lifeline.io.Examples;
import lifeline.model.Property;
import lifeline.trace.RefKind;
import lifeline.model.Scenario;
import lifeline.spec.Granularity;
import lifeline.tlc.SmallRuns;
import lifeline.tlc.TlcListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exploring seed 000 by hand with the real TLC: mediaserver exits, and then either its exit_files
 * or binder's kworker runs first. Every state is one TLC computed.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class ExplorerTest {
    @TempDir
    static Path temp;
    private static Scenario seed000;
    private static Explorer explorer;

    @BeforeAll
    static void open() throws Exception {
        seed000 = Examples.load("seed000-binder-leak").orElseThrow();
        explorer = Explorer.open(seed000, seed000.properties(), TlcFixture.checker().runner(), temp);
    }

    @AfterAll
    static void close() {
        explorer.close();
    }

    @Test
    void theKworkerAfterExitFilesLeaksTheReservedBlock() throws Exception {
        ExploreRun run = pick(explorer.start(), "p1", "binder_defer_work"); // mediaserver exits: exit_mm
        run = pick(run, "p1", "put_files_struct"); // exit_files first: the kworker holds the last reference
        List<Choice> next = explorer.choices(run);
        assertEquals(List.of("kworker"), next.stream().map(c -> c.step().task()).toList(),
                "only the kworker can move once mediaserver is dead");
        run = toTheEnd(run);

        HandViolation v = explorer.violation(run).orElseThrow();
        assertEquals(v, explorer.violation(run, run.trace(explorer.naming())).orElseThrow(),
                "the same violation from a trace read already");
        assertEquals(Property.NO_LEAK, v.property());
        assertTrue(v.report().contains("kmemleak"), v.report());
        assertEquals(RefKind.RESERVED_BLOCK, v.story().object().kind(), v.story().toString());
        assertTrue(v.story().lostAt().isPresent() && v.report().endsWith(v.story().text(explorer.naming())),
                "the report ends with the story the run carries: " + v.report());
        assertTrue(run.trace(explorer.naming()).leaks().stream().anyMatch(o -> o.toString().contains("f2")),
                run.trace(explorer.naming()).leaks().toString());
    }

    @Test
    void theKworkerBeforeExitFilesLeaksNothing() throws Exception {
        ExploreRun run = toTheEnd(pick(pick(explorer.start(), "p1", "binder_defer_work"),
                "kworker", "binder_deferred_func")); // the kworker drops its files reference first

        assertTrue(explorer.violation(run).isEmpty(), () -> explorer.violation(run).orElseThrow().report());
        assertTrue(run.trace(explorer.naming()).steps().stream().allMatch(s -> s.newFaults().isEmpty()));
        assertTrue(explorer.choices(run).isEmpty(), "every task is idle");
    }

    @Test
    void aChoiceSaysWhetherItFaultsAtOnce() throws Exception {
        ExploreRun run = pick(pick(explorer.start(), "p1", "binder_defer_work"), "p1", "put_files_struct");
        boolean sawFault = false;
        for (List<Choice> next = explorer.choices(run); !next.isEmpty(); next = explorer.choices(run)) {
            Choice c = next.get(0);
            assertEquals(!c.next().violated().isEmpty(), c.faultsAtOnce());
            sawFault |= c.faultsAtOnce();
            run = run.then(c.next());
        }
        assertTrue(sawFault, "the step that reaches quiescence with the block still allocated is flagged");
    }

    @Test
    void aRandomRunEndsWhenEveryTaskIsIdle() throws Exception {
        ExploreRun run = explorer.runOnAtRandom(explorer.start(), new Random(7));
        assertTrue(run.size() > 3, "a run of " + run.size());
        assertTrue(explorer.choices(run).isEmpty());
    }

    @Test
    void aChecksTraceIsFollowedStateByState() throws Exception {
        CheckResult check = TlcFixture.check(seed000, Granularity.FUSED);
        var trace = check.trace().orElseThrow();
        ExploreRun run = explorer.follow(trace.folded().steps().stream().map(s -> s.state().raw()).toList());
        assertEquals(trace.folded().size(), run.size());
        assertEquals(trace.last().summary(), run.trace(explorer.naming()).last().summary());
    }

    @Test
    void continuingFromTheStartFindsTheLeakAndFromTheSafeBranchNothing() throws Exception {
        Continuation fromStart = explorer.continueAsCheck(explorer.start(), SmallRuns.options(), TlcListener.NONE);
        assertEquals(Verdict.VIOLATION, fromStart.check().verdict(), fromStart.check().message());
        assertEquals(Property.NO_LEAK, fromStart.violation().orElseThrow().property());
        assertEquals(TlcFixture.check(seed000, Granularity.FUSED).trace().orElseThrow().folded().size(),
                fromStart.run().orElseThrow().size(), "the shortest violation, as a check finds it");

        ExploreRun safe = pick(pick(explorer.start(), "p1", "binder_defer_work"), "kworker", "binder_deferred_func");
        Continuation fromSafe = explorer.continueAsCheck(safe, SmallRuns.options(), TlcListener.NONE);
        assertEquals(Verdict.PASS, fromSafe.check().verdict(), fromSafe.check().message());
        assertTrue(fromSafe.run().isEmpty());
    }

    @Test
    void closingEndsTheChildAndRemovesItsFolders() throws Exception {
        Explorer other = Explorer.open(seed000, seed000.properties(), TlcFixture.checker().runner(), temp);
        other.start();
        other.close();
        try (Stream<Path> left = Files.list(temp)) {
            List<String> names = left.map(p -> p.getFileName().toString()).toList();
            assertEquals(2, names.size(), "only the shared explorer's model and child folders: " + names);
        }
    }

    /** The run followed by the one next step of {@code task} whose functions include {@code function}. */
    private static ExploreRun pick(ExploreRun run, String task, String function) throws Exception {
        List<Choice> matching = explorer.choices(run).stream()
                .filter(c -> c.step().task().equals(task) && c.step().functions().contains(function)).toList();
        assertEquals(1, matching.size(), task + " " + function + " among " + explorer.choices(run).stream()
                .map(c -> c.step().task() + c.step().functions()).toList());
        return run.then(matching.get(0).next());
    }

    /** The run followed by TLC's first choice at each state until no task can move. */
    private static ExploreRun toTheEnd(ExploreRun run) throws Exception {
        for (List<Choice> next = explorer.choices(run); !next.isEmpty(); next = explorer.choices(run)) {
            run = run.then(next.get(0).next());
        }
        assertFalse(run.size() > 50);
        return run;
    }
}

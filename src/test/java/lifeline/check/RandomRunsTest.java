package lifeline.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lifeline.cli.Cli;
import lifeline.io.Examples;
import lifeline.model.Property;
import lifeline.model.Scenario;
import lifeline.model.SeedScenarios;
import lifeline.spec.CheckOptions;
import lifeline.spec.GeneratedModel;
import lifeline.spec.ModelGenerator;
import lifeline.tlc.SmallRuns;
import lifeline.tlc.TlcEvent;
import lifeline.tlc.TlcSimulation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random runs (TLC's -simulate) walk until nothing is left to run and stop there: the quiescent state is
 * checked like any other, and no walk stutters on to the depth asked for.
 */
class RandomRunsTest {
    private static final Pattern STATES_CHECKED = Pattern.compile("Progress: ([\\d,]+) states checked");

    /**
     * Plain TLC on the model `lifeline export --simulate` writes for random runs: 50 walks check no more states
     * than 50 times one more than the longest behaviour TLC's exhaustive search found (without the walk's end,
     * 50 × 100 + 1).
     */
    @Test
    void aWalkEndsAtItsFirstQuiescentState(@TempDir Path dir) throws Exception {
        String example = "seed000-binder-leak-fixed";
        Scenario s = Examples.load(example).orElseThrow();
        CheckResult exhaustive = TlcFixture.check(s);
        assertEquals(Verdict.PASS, exhaustive.verdict(), exhaustive.message());
        int longest = exhaustive.statistics().orElseThrow().depth();

        StringWriter err = new StringWriter();
        assertEquals(0, Cli.run(new String[] {"export", example, "--simulate", "--out", dir.toString()},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true)), err.toString());
        assertEquals(ModelGenerator.generate(s, CheckOptions.of(s.properties())).forRandomRuns().cfgText(),
                Files.readString(dir.resolve(GeneratedModel.MODULE + ".cfg")));
        int walks = 50;
        String tlc = SmallRuns.plainTlcOutput(dir, GeneratedModel.MODULE + ".cfg", "-simulate", "num=" + walks,
                "-depth", "100", "-seed", "7", "-workers", "1");
        Matcher m = STATES_CHECKED.matcher(tlc);
        assertTrue(m.find(), tlc);
        long checked = Long.parseLong(m.group(1).replace(",", ""));
        assertTrue(checked <= (long) walks * (longest + 1),
                checked + " states checked in " + walks + " walks, the longest behaviour " + longest + " steps:\n"
                        + tlc);
        assertTrue(tlc.contains("Finished in") && !tlc.contains("Error:"), "no violation, no error:\n" + tlc);
    }

    /**
     * While random runs go on, Lifeline's launcher reports their walks and states (from TLC's simulator, twice a
     * second; TLC's own report comes once a minute): the benchmark scenario's 200 walks take seconds.
     */
    @Test
    void randomRunsReportTheirWalksWhileTheyRun() throws Exception {
        List<TlcEvent.LiveWalkProgress> seen = new CopyOnWriteArrayList<>();
        CheckRequest random = CheckRequest.of(SeedScenarios.benchmark()).with(SmallRuns.options()
                .withSimulation(new TlcSimulation(TlcSimulation.DEFAULT_DEPTH, 200, 3)));
        CheckResult r = TlcFixture.checker().start(random, e -> {
            if (e instanceof TlcEvent.LiveWalkProgress w) {
                seen.add(w);
            }
        }).await();

        assertEquals(Verdict.BOUNDED, r.verdict(), r.message());
        assertFalse(seen.isEmpty(), "live reports of the walks: " + r.message());
        for (int i = 0; i < seen.size(); i++) {
            TlcEvent.LiveWalkProgress w = seen.get(i);
            assertTrue(w.walksDone() <= 200 && w.statesChecked() >= w.walksDone(), w.toString());
            if (i > 0) {
                assertTrue(w.walksDone() >= seen.get(i - 1).walksDone() && w.elapsedMs() > seen.get(i - 1).elapsedMs(),
                        seen.toString());
            }
        }
        long walked = r.statesWalked().orElseThrow();
        assertTrue(walked >= seen.get(seen.size() - 1).statesChecked(), walked + " after " + seen);
        assertTrue(r.message().contains(String.format("They checked %,d states;", walked)), r.message());
    }

    /** Seed 000's and 004's leaks show only where nothing is left to run, the state a walk now ends on. */
    @ParameterizedTest
    @ValueSource(strings = {"seed000-binder-leak", "seed004-hook-path-leak"})
    void randomRunsFindALeakAtTheEndOfAWalk(String example) throws Exception {
        Scenario s = Examples.load(example).orElseThrow();
        CheckRequest random = CheckRequest.of(s).with(SmallRuns.options()
                .withSimulation(new TlcSimulation(TlcSimulation.DEFAULT_DEPTH, 200, 11)));
        CheckResult r = TlcFixture.checker().check(random);
        assertEquals(Verdict.VIOLATION, r.verdict(), r.message());
        assertEquals(Optional.of(Property.NO_LEAK), r.violated(), r.message());
    }
}

package lifeline.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import lifeline.Sweeps;
import lifeline.check.AllViolations;
import lifeline.check.TlcFixture;
import lifeline.io.Examples;
import lifeline.model.Scenario;
import lifeline.tlc.SmallRuns;
import lifeline.tlc.TlcEvent;
import lifeline.tlc.TlcListener;
import lifeline.tlc.TlcResult;
import lifeline.trace.value.TlaValue;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The explorer's state graph is TLC's: on every example, a breadth-first walk over the successors
 * the explorer answers reaches as many distinct states (every variable but the log, TLC's VIEW) as
 * TLC itself finds on the same model, and the same violated invariants (TLC with -continue reports a
 * violating state once, by the first invariant of the config it breaks). The five bug examples by
 * default (each fixed twin is its bug with one driver behaviour changed), every example under
 * -Pthorough.
 */
@Timeout(value = 600, unit = TimeUnit.SECONDS)
class ExplorerAgreesWithTlcTest {
    @TempDir
    static Path temp;

    static List<String> examples() {
        return Examples.names().stream().filter(n -> Sweeps.thorough() || !Examples.isFixedTwin(n)).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void theExplorersGraphIsTlcs(String name) throws Exception {
        Scenario s = Examples.load(name).orElseThrow();
        try (Explorer explorer = Explorer.open(s, s.properties(), TlcFixture.checker().runner(), temp)) {
            Set<Map<String, TlaValue>> seen = new HashSet<>();
            Set<String> violated = new TreeSet<>();
            Deque<ExploreRun> queue = new ArrayDeque<>();
            ExploreRun start = explorer.start();
            seen.add(view(start.last()));
            firstViolated(start.last(), violated);
            queue.add(start);
            while (!queue.isEmpty()) {
                ExploreRun run = queue.poll();
                for (Choice c : explorer.choices(run)) {
                    firstViolated(c.next(), violated);
                    if (seen.add(view(c.next()))) {
                        queue.add(run.then(c.next()));
                    }
                }
            }

            ExploreModel model = explorer.model();
            TlcResult tlc = TlcFixture.checker().runner().run(model.spec(), model.config(),
                    AllViolations.collecting(SmallRuns.options()), TlcListener.NONE);
            assertEquals(tlc.statistics().orElseThrow().distinctStates(), seen.size(), "distinct states");
            Set<String> tlcViolated = new TreeSet<>();
            tlc.events().stream().filter(TlcEvent.Violation.class::isInstance).map(TlcEvent.Violation.class::cast)
                    .forEach(v -> v.property().ifPresent(tlcViolated::add));
            assertEquals(tlcViolated, violated, "violated invariants");
        }
    }

    /** TLC checks a state's invariants in the config's order and reports the first one false. */
    private static void firstViolated(ExploreStep step, Set<String> into) {
        if (!step.violated().isEmpty()) {
            into.add(step.violated().get(0));
        }
    }

    private static Map<String, TlaValue> view(ExploreStep step) {
        Map<String, TlaValue> vars = new HashMap<>(step.state().variables());
        vars.remove("log");
        return vars;
    }
}

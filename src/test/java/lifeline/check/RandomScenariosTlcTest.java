package lifeline.check;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import lifeline.io.ScenarioJson;
import lifeline.model.Property;
import lifeline.model.RandomScenarios;
import lifeline.model.Scenario;
import lifeline.spec.Granularity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Random valid scenarios generate specs that SANY parses and TLC checks to a verdict, and the
 * literal and fused models agree on them. Two TLC processes run at a time; a failure prints
 * the scenario as a file that reproduces it.
 */
class RandomScenariosTlcTest {
    private static final int SCENARIOS = 200;
    private static final int AGREEMENT_SCENARIOS = 12;
    private static ExecutorService pool;

    @BeforeAll
    static void startPool() {
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    static void stopPool() {
        pool.shutdownNow();
    }

    @Test
    void everyValidScenarioGetsAVerdict() throws Exception {
        List<String> failures = runAll(sample(SCENARIOS), s -> {
            CheckResult r = TlcFixture.check(s, TlcFixture.all(), Granularity.FUSED);
            boolean ok = r.verdict() == Verdict.PASS || r.verdict() == Verdict.VIOLATION
                    && !r.trace().orElseThrow().steps().isEmpty() && !r.report().isBlank();
            return ok ? null : r.verdict() + ": " + r.message() + "\n" + r.report();
        });
        assertTrue(failures.isEmpty(), failures.size() + " of " + SCENARIOS + " failed:\n" + failures);
    }

    @Test
    void literalAndFusedModelsGiveTheSameVerdictForEachProperty() throws Exception {
        List<String> failures = runAll(sample(AGREEMENT_SCENARIOS), s -> {
            StringBuilder bad = new StringBuilder();
            for (Property p : Property.values()) {
                CheckResult fused = TlcFixture.check(s, EnumSet.of(p), Granularity.FUSED);
                CheckResult literal = TlcFixture.check(s, EnumSet.of(p), Granularity.LITERAL);
                if (fused.verdict() != literal.verdict()) {
                    bad.append(p).append(": literal ").append(literal.message()).append(", fused ")
                            .append(fused.message()).append('\n');
                }
            }
            return bad.length() == 0 ? null : bad.toString();
        });
        assertTrue(failures.isEmpty(), failures.toString());
    }

    private static List<Scenario> sample(int n) {
        return RandomScenarios.validScenarios().sampleStream().limit(n).toList();
    }

    private static List<String> runAll(List<Scenario> scenarios, Function<Scenario, String> check)
            throws Exception {
        List<Future<String>> results = new ArrayList<>();
        for (Scenario s : scenarios) {
            results.add(pool.submit(() -> {
                String problem = check.apply(s);
                return problem == null ? null : problem + "\nscenario:\n" + ScenarioJson.toJson(s);
            }));
        }
        List<String> failures = new ArrayList<>();
        for (Future<String> f : results) {
            String problem = f.get();
            if (problem != null) {
                failures.add(problem);
            }
        }
        return failures;
    }
}

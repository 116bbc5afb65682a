package lifeline.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import java.util.stream.Stream;
import lifeline.Sweeps;
import lifeline.check.QuiescentStates.Model;
import lifeline.check.QuiescentStates.State;
import lifeline.io.ScenarioJson;
import lifeline.model.BinderFile;
import lifeline.model.FdLink;
import lifeline.model.Operation;
import lifeline.model.PathCapture;
import lifeline.model.Property;
import lifeline.model.RandomScenarios;
import lifeline.model.Scenario;
import lifeline.spec.Granularity;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.sessions.JqwikSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Random valid scenarios generate specs that SANY parses and TLC checks to a verdict through the
 * Checker, and the literal and fused models violate the same properties on them (every property's
 * verdict in each model from one TLC run, QuiescentStates). The scenarios come from a fixed
 * seed; the sweep is small by default and full size under -Pthorough (see {@link Sweeps}). Two TLC
 * processes run at a time; a failure prints the seed and the scenario as a file that reproduces it.
 */
class RandomScenariosTlcTest {
    /** Its first 8 scenarios have every kind of thing of missingKinds, and so do its first 4. */
    private static final long SEED = 10L;
    /** Scenarios checked with all properties at once, fused: each must come to a verdict. */
    private static final int SCENARIOS = Sweeps.size(8, 200);
    /** The first of them also get every property's verdict in both models, compared. */
    private static final int AGREEMENT_SCENARIOS = Sweeps.size(4, 50);
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
    void everyScenarioGetsAVerdictAndBothModelsViolateTheSameProperties() throws Exception {
        long seed = Sweeps.seed(SEED);
        List<Scenario> scenarios = sample(seed, SCENARIOS);
        assertEquals(List.of(), missingKinds(scenarios), "the sample of " + Sweeps.rerun(seed)
                + " lacks these kinds of things; a seed whose sample has them all keeps the sweep worth its time");
        List<Scenario> compared = scenarios.subList(0, AGREEMENT_SCENARIOS);
        Future<List<Set<State>>> literal = pool.submit(() -> QuiescentStates.of(compared, Model.LITERAL));
        Future<List<Set<State>>> reduced = pool.submit(() -> QuiescentStates.of(compared, Model.REDUCED));
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < scenarios.size(); i++) {
            Scenario s = scenarios.get(i);
            String where = "scenario " + (i + 1) + " of " + Sweeps.rerun(seed);
            results.add(pool.submit(() -> {
                String problem;
                try {
                    problem = check(s);
                } catch (AssertionError | RuntimeException e) {
                    problem = e.toString();
                }
                return problem == null ? null : where + ": " + problem + "\nscenario:\n" + ScenarioJson.toJson(s);
            }));
        }
        List<String> failures = new ArrayList<>();
        for (Future<String> f : results) {
            String problem = f.get();
            if (problem != null) {
                failures.add(problem);
            }
        }
        for (int i = 0; i < compared.size(); i++) {
            Set<Property> literalViolates = QuiescentStates.violated(literal.get().get(i));
            Set<Property> fusedViolates = QuiescentStates.violated(reduced.get().get(i));
            if (!fusedViolates.equals(literalViolates)) {
                failures.add("scenario " + (i + 1) + " of " + Sweeps.rerun(seed) + ": the literal model violates "
                        + literalViolates + ", the fused one " + fusedViolates + "\nscenario:\n"
                        + ScenarioJson.toJson(compared.get(i)));
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + SCENARIOS + " failed:\n" + failures);
    }

    /** What is wrong with the check of one scenario, or null. */
    private static String check(Scenario s) {
        CheckResult fused = TlcFixture.check(s, TlcFixture.all(), Granularity.FUSED);
        boolean verdict = fused.verdict() == Verdict.PASS || fused.verdict() == Verdict.VIOLATION
                && !fused.trace().orElseThrow().steps().isEmpty() && !fused.report().isBlank();
        return verdict ? null : fused.verdict() + ": " + fused.message() + "\n" + fused.report();
    }

    /** The kinds of things that no scenario of the sample has. */
    static List<String> missingKinds(List<Scenario> sample) {
        Map<String, Predicate<Scenario>> kinds = new LinkedHashMap<>();
        kinds.put("epoll watches", s -> !s.watches().isEmpty());
        kinds.put("a mapped binder", s -> s.files().stream().anyMatch(f -> f instanceof BinderFile b && b.mmapped()));
        kinds.put("a device", s -> !s.devices().isEmpty());
        kinds.put("a copy close hook", s -> s.hooks().stream().anyMatch(h -> h.capture() == PathCapture.COPY));
        kinds.put("a pointer close hook", s -> s.hooks().stream().anyMatch(h -> h.capture() == PathCapture.POINTER));
        kinds.put("a kworker", s -> s.kworker() != null);
        kinds.put("an ioctl", s -> operations(s).anyMatch(Operation.Ioctl.class::isInstance));
        kinds.put("a wake", s -> operations(s).anyMatch(Operation.Wake.class::isInstance));
        kinds.put("a close", s -> operations(s).anyMatch(Operation.Close.class::isInstance));
        kinds.put("a shared file", s -> s.fds().stream().map(FdLink::file).distinct().count() < s.fds().size());
        kinds.put("three processes", s -> s.processes().size() == 3);
        return kinds.entrySet().stream().filter(k -> sample.stream().noneMatch(k.getValue()))
                .map(Map.Entry::getKey).toList();
    }

    private static Stream<Operation> operations(Scenario s) {
        return s.processes().stream().flatMap(p -> p.operations().stream());
    }

    /** The first n scenarios the generator makes from the seed: the same ones on every run. */
    static List<Scenario> sample(long seed, int n) {
        JqwikSession.start();
        try {
            RandomGenerator<Scenario> generator = RandomScenarios.validScenarios().generator(1000);
            Random random = new Random(seed);
            List<Scenario> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                out.add(generator.next(random).value());
            }
            return out;
        } finally {
            JqwikSession.finish();
        }
    }
}

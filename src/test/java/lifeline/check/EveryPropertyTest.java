package lifeline.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import lifeline.io.Examples;
import lifeline.io.ScenarioFiles;
import lifeline.model.Property;
import lifeline.model.Scenario;
import lifeline.spec.CheckOptions;
import lifeline.spec.GeneratedModel;
import lifeline.spec.Granularity;
import lifeline.spec.ModelGenerator;
import lifeline.tlc.TlcListener;
import lifeline.tlc.TlcOptions;
import lifeline.tlc.TlcResult;
import lifeline.tlc.TlcRunner;
import lifeline.trace.Naming;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every violation is complete: TLC with -continue reports a violating state under the first property it breaks
 * only, so a state that breaks two must still be listed under both. Seed 003's refcount underflow happens only
 * in states that already hold its use-after-free. The answer must be the one of checking each property on its
 * own (the same distinct violations, the same shortest traces: separate runs, the slow and obviously sound way).
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class EveryPropertyTest {

    @Test
    void aStateThatBreaksTwoPropertiesIsListedUnderBoth() throws Exception {
        CheckResult all = every(Examples.load("seed003-kref-missing-get").orElseThrow(), Set.of(
                Property.NO_USE_AFTER_FREE, Property.NO_REFCOUNT_UNDERFLOW));
        assertEquals(Verdict.VIOLATION, all.verdict());
        assertEquals(Property.NO_USE_AFTER_FREE, all.violated().orElseThrow(), "TLC's first");
        assertTrue(all.violations().stream().anyMatch(v -> v.site().property() == Property.NO_REFCOUNT_UNDERFLOW),
                all.violations().toString());
        FoundViolation underflow = all.violations().stream()
                .filter(v -> v.site().property() == Property.NO_REFCOUNT_UNDERFLOW).findFirst().orElseThrow();
        assertTrue(all.violations().stream().filter(v -> v.site().property() == Property.NO_USE_AFTER_FREE)
                .anyMatch(v -> v.reported().stream().anyMatch(underflow.reported()::contains)),
                "some state is listed under both properties");
        assertTrue(underflow.report().contains("refcount"), underflow.report());
        assertTrue(FoundViolation.states(all.violations())
                < all.violations().stream().mapToInt(FoundViolation::states).sum(), "each state counted once");
    }

    @Test
    void everyPropertyAtOnceListsWhatEachPropertyAloneLists() throws Exception {
        // Two-bugs holds seed 001's bug and seed 003's (whose states break two properties), so one scenario.
        Path twoBugs = Path.of(getClass().getResource("/lifeline/check/two-bugs.lifeline.json").toURI());
        Scenario s = ScenarioFiles.read(twoBugs);
        Map<String, Integer> together = sites(every(s, s.properties()));
        Map<String, Integer> apart = new TreeMap<>();
        for (Property p : s.properties()) {
            apart.putAll(sites(every(s, Set.of(p))));
        }
        assertEquals(apart, together, s.title());
    }

    /** Where TLC's evaluator cannot be asked (here: its jar is gone), the list says it may be short. */
    @Test
    void whereTheEvaluatorCannotRunTheListSaysItMayBeShort(@TempDir Path temp) throws Exception {
        Scenario s = Examples.load("seed003-kref-missing-get").orElseThrow();
        GeneratedModel model = ModelGenerator.generate(s, CheckOptions.of(s.properties()));
        Path dir = Files.createDirectories(temp.resolve("model"));
        Path spec = model.writeTo(dir);
        TlcResult tlc = TlcFixture.checker().runner().run(spec, dir.resolve(GeneratedModel.MODULE + ".cfg"),
                AllViolations.collecting(TlcOptions.defaults().withWorkers(1)), TlcListener.NONE);
        Naming naming = new Naming(s, model.ids());
        CheckResult first = Checker.resultOf(tlc, naming, Duration.ZERO);
        Path gone = Files.copy(TlcFixture.checker().runner().jar(), temp.resolve("gone.jar"));
        TlcRunner broken = TlcRunner.located(gone);
        Files.delete(gone);

        AllViolations.Collected shortList = AllViolations.of(tlc, naming, first.violated().orElseThrow(),
                first.trace().orElseThrow(), first.report(), new PropertiesInStates(model, broken, temp));
        AllViolations.Collected complete = AllViolations.of(tlc, naming, first.violated().orElseThrow(),
                first.trace().orElseThrow(), first.report(),
                new PropertiesInStates(model, TlcFixture.checker().runner(), temp));

        String caveat = shortList.caveat().orElseThrow();
        assertTrue(caveat.startsWith("TLC's evaluator could not name every property"), caveat);
        assertTrue(shortList.found().stream().noneMatch(v -> v.site().property() == Property.NO_REFCOUNT_UNDERFLOW),
                "each state under the property TLC named");
        String text = AllViolationsText.render(shortList.found(), shortList.caveat());
        assertTrue(text.contains(caveat), "the text says it may be short");
        assertTrue(complete.caveat().isEmpty());
        assertTrue(complete.found().stream().anyMatch(v -> v.site().property() == Property.NO_REFCOUNT_UNDERFLOW));
    }

    /** Each distinct violation (property, object, site) with the length of its shortest trace. */
    private static Map<String, Integer> sites(CheckResult r) {
        Map<String, Integer> sites = new TreeMap<>();
        for (FoundViolation v : r.violations()) {
            sites.put(v.site().property() + " " + v.site().object() + " @ " + v.site().site(), v.trace().size());
        }
        return sites;
    }

    private static CheckResult every(Scenario s, Set<Property> properties) throws Exception {
        CheckRequest request = new CheckRequest(s, new CheckOptions(properties, Granularity.FUSED),
                AllViolations.collecting(TlcOptions.defaults().withWorkers(1)));
        return TlcFixture.checker().check(JitPolicy.apply(request));
    }
}

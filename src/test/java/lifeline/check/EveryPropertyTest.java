package lifeline.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import lifeline.Sweeps;
import lifeline.io.Examples;
import lifeline.io.ScenarioFiles;
import lifeline.model.Property;
import lifeline.model.Scenario;
import lifeline.spec.CheckOptions;
import lifeline.spec.GeneratedModel;
import lifeline.spec.Granularity;
import lifeline.spec.ModelGenerator;
import lifeline.tlc.SmallRuns;
import lifeline.tlc.TlcEvent;
import lifeline.tlc.TlcListener;
import lifeline.tlc.TlcOptions;
import lifeline.tlc.TlcResult;
import lifeline.tlc.TlcRunner;
import lifeline.trace.Naming;
import lifeline.trace.report.CauseAndEffect;
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
    private static final TlcOptions.Jit QUICK = SmallRuns.options().jit();

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
        for (FoundViolation v : all.violations()) {
            assertEquals(CauseAndEffect.of(v.site().property(), v.trace(), all.naming()), v.story(),
                    v.site().toString());
            assertTrue(v.report().endsWith(v.story().text(all.naming())),
                    "its report ends with its story: " + v.report());
        }
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
        Continued c = continued(Examples.load("seed003-kref-missing-get").orElseThrow(), Granularity.FUSED, temp);
        Path gone = Files.copy(TlcFixture.checker().runner().jar(), temp.resolve("gone.jar"));
        TlcRunner broken = TlcRunner.located(gone);
        Files.delete(gone);

        AllViolations.Collected shortList = c.collected(new PropertiesInStates(c.model(), broken, QUICK, temp));
        AllViolations.Collected complete = c.collected(new PropertiesInStates(c.model(), TlcFixture.checker().runner(),
                QUICK, temp));

        String caveat = shortList.caveat().orElseThrow();
        assertTrue(caveat.startsWith("TLC's evaluator could not name every property"), caveat);
        assertTrue(shortList.found().stream().noneMatch(v -> v.site().property() == Property.NO_REFCOUNT_UNDERFLOW),
                "each state under the property TLC named");
        String text = AllViolationsText.render(shortList.found(), shortList.caveat());
        assertTrue(text.contains(caveat), "the text says it may be short");
        assertTrue(complete.caveat().isEmpty());
        assertTrue(complete.found().stream().anyMatch(v -> v.site().property() == Property.NO_REFCOUNT_UNDERFLOW));
    }

    /**
     * More violating states than TLC's evaluator takes in one module (its states go in batches through one JVM)
     * are still named: every state TLC reported is listed, and nothing says the list may be short. By default
     * two-bugs' fused model (32 violating states) in modules of 10; under -Pthorough, two-bugs with a bystander
     * beside it, literal (3,612 states), in the app's modules of 400.
     */
    @Test
    @Timeout(value = 900, unit = TimeUnit.SECONDS)
    void everyOneOfManyViolatingStatesIsListed(@TempDir Path temp) throws Exception {
        boolean full = Sweeps.thorough();
        String name = full ? "two-bugs-and-a-bystander" : "two-bugs";
        int batch = full ? PropertiesInStates.BATCH : 10;
        Scenario s = ScenarioFiles.read(Path.of(getClass().getResource("/lifeline/check/" + name
                + ".lifeline.json").toURI()));
        Continued c = continued(s, full ? Granularity.LITERAL : Granularity.FUSED, temp);
        long reported = c.tlc().events().stream().filter(e -> e instanceof TlcEvent.Violation).count();
        assertTrue(reported > 2 * batch, "more states than two modules hold: " + reported);

        AllViolations.Collected all = c.collected(new PropertiesInStates(c.model(), TlcFixture.checker().runner(),
                QUICK, temp, batch));

        assertEquals(Optional.empty(), all.caveat());
        assertEquals(reported, FoundViolation.states(all.found()), "each state TLC reported, once");
        assertTrue(all.found().stream().anyMatch(v -> v.site().property() == Property.NO_REFCOUNT_UNDERFLOW),
                "the properties TLC did not name, too: " + all.found());
    }

    /** TLC's run of a model with -continue, and what a check made of its first violation. */
    private record Continued(GeneratedModel model, TlcResult tlc, Naming naming, CheckResult first) {
        AllViolations.Collected collected(PropertiesInStates judge) {
            return AllViolations.of(tlc, naming, first.violated().orElseThrow(), first.trace().orElseThrow(),
                    first.story(), first.report(), first.fix(), judge);
        }
    }

    private static Continued continued(Scenario s, Granularity g, Path temp) throws Exception {
        GeneratedModel model = ModelGenerator.generate(s, new CheckOptions(s.properties(), g));
        Path dir = Files.createDirectories(temp.resolve("model"));
        Path spec = model.writeTo(dir);
        TlcResult tlc = TlcFixture.checker().runner().run(spec, dir.resolve(GeneratedModel.MODULE + ".cfg"),
                AllViolations.collecting(SmallRuns.options()), TlcListener.NONE);
        Naming naming = new Naming(s, model.ids());
        return new Continued(model, tlc, naming, Checker.resultOf(tlc, naming, Duration.ZERO));
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
                AllViolations.collecting(SmallRuns.options()));
        return TlcFixture.checker().check(JitPolicy.apply(request));
    }
}

package lifeline.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import lifeline.io.Examples;
import lifeline.model.Property;
import lifeline.model.Scenario;
import lifeline.spec.Granularity;
import lifeline.trace.TraceStep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each built-in example gives its expected verdict through the real TLC, with the expected last step. */
class ExamplesTest {
    @Test
    void thereAreTenExamplesAndOnlyTheFixedOnesPass() {
        List<String> names = Examples.names();
        assertEquals(10, names.size(), names.toString());
        assertEquals(5, names.stream().filter(n -> n.endsWith("-fixed")).count());
    }

    @ParameterizedTest(name = "{0} violates {1} in {2}")
    @CsvSource(delimiter = '|', value = {
            "seed000-binder-leak       | NoLeak         | binder_deferred_func | it frees the blocks tagged with current->tgid (47)",
            "seed001-epoll-flush-uaf   | NoUseAfterFree | remove_wait_queue    | Freed by task app [300] at step",
            "seed002-flush-double-free | NoDoubleFree   | kfree                | BUG: KASAN: double-free or invalid-free in kfree",
            "seed003-kref-missing-get  | NoUseAfterFree | kref_put             | obj_release",
            "seed004-hook-path-leak    | NoLeak         | path_put             | dropped nothing, because it read file->f_path"})
    void bugExampleShowsItsViolation(String name, String property, String lastFunction, String reportPhrase) {
        Scenario s = Examples.load(name).orElseThrow();
        CheckResult r = TlcFixture.check(s);
        assertEquals(Verdict.VIOLATION, r.verdict(), r.message());
        assertEquals(Optional.of(Property.byTlaName(property).orElseThrow()), r.violated());
        TraceStep last = r.trace().orElseThrow().last();
        assertTrue(last.calls().stream().anyMatch(c -> c.backtrace().contains(lastFunction)),
                "last step " + last.summary() + " runs " + last.calls());
        assertTrue(r.report().contains(reportPhrase), r.report());
    }

    @ParameterizedTest(name = "{0} passes")
    @CsvSource({"seed000-binder-leak-fixed", "seed001-epoll-flush-uaf-fixed", "seed002-flush-double-free-fixed",
            "seed003-kref-missing-get-fixed", "seed004-hook-path-leak-fixed"})
    void fixedExamplePasses(String name) {
        CheckResult r = TlcFixture.check(Examples.load(name).orElseThrow());
        assertEquals(Verdict.PASS, r.verdict(), r.message() + "\n" + r.report());
        assertTrue(r.distinctStates() > 0);
    }

    @ParameterizedTest(name = "{0}: literal and fused models agree")
    @CsvSource({"seed000-binder-leak", "seed000-binder-leak-fixed", "seed001-epoll-flush-uaf",
            "seed001-epoll-flush-uaf-fixed", "seed002-flush-double-free", "seed002-flush-double-free-fixed",
            "seed003-kref-missing-get", "seed003-kref-missing-get-fixed", "seed004-hook-path-leak",
            "seed004-hook-path-leak-fixed"})
    void literalAndFusedAgree(String name) {
        Scenario s = Examples.load(name).orElseThrow();
        CheckResult fused = TlcFixture.check(s, Granularity.FUSED);
        CheckResult literal = TlcFixture.check(s, Granularity.LITERAL);
        assertEquals(literal.verdict(), fused.verdict());
        assertEquals(literal.violated(), fused.violated());
        assertTrue(fused.distinctStates() <= literal.distinctStates());
    }
}

package lifeline.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import lifeline.io.Examples;
import lifeline.model.Property;
import lifeline.model.Scenario;
import lifeline.trace.TraceStep;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each built-in example gives its expected verdict through the real TLC: a bug through the Checker, with
 * the expected last step and report; the fixed twins, whose check has no trace to look at, all in one TLC
 * run (QuiescentStates), each property's verdict. ReductionEquivalenceTest shows that the literal model
 * violates the properties the fused one violates on every example; here the fused one explores fewer states.
 */
class ExamplesTest {
    private static QuiescentStates.Run reduced;
    private static QuiescentStates.Run literal;

    /** Every example in the reduced (default) model and in the literal one: one TLC run each. */
    @BeforeAll
    static void exploreEveryExample() throws Exception {
        List<Scenario> all = Examples.names().stream().map(n -> Examples.load(n).orElseThrow()).toList();
        reduced = QuiescentStates.explore(all, QuiescentStates.Model.REDUCED);
        literal = QuiescentStates.explore(all, QuiescentStates.Model.LITERAL);
    }

    @Test
    void thereAreTenExamplesAndOnlyTheFixedOnesPass() {
        List<String> names = Examples.names();
        assertEquals(10, names.size(), names.toString());
        assertEquals(5, names.stream().filter(n -> n.endsWith("-fixed")).count());
        assertEquals(names.stream().filter(n -> n.endsWith("-fixed")).toList(),
                names.stream().filter(Examples::isFixedTwin).toList());
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
        TraceStep last = r.trace().orElseThrow().folded().last();
        assertTrue(last.calls().stream().anyMatch(c -> c.backtrace().contains(lastFunction)),
                "last step " + last.summary() + " runs " + last.calls());
        assertTrue(r.report().contains(reportPhrase), r.report());
        eachStepNamesItsKernelFunction(r.trace().orElseThrow().steps());
    }

    /**
     * A trace state's header ("N: <action ...>", read by TlcEventDecoder) names the spec's action:
     * how an idle task started, or the kernel function the task was in, which its backtrace shows.
     */
    private static void eachStepNamesItsKernelFunction(List<TraceStep> steps) {
        for (TraceStep step : steps.subList(1, steps.size())) {
            String action = step.state().raw().actionOperator();
            boolean entry = List.of("entry_SYSCALL_64", "process_one_work", "device_del", "EagerStep").contains(action);
            assertTrue(entry || step.calls().stream().anyMatch(c -> c.backtrace().contains(action)),
                    "step " + step.number() + " (" + action + ") runs " + step.calls());
        }
    }

    @ParameterizedTest(name = "{0} passes")
    @CsvSource({"seed000-binder-leak-fixed", "seed001-epoll-flush-uaf-fixed", "seed002-flush-double-free-fixed",
            "seed003-kref-missing-get-fixed", "seed004-hook-path-leak-fixed"})
    void fixedExamplePasses(String name) {
        Scenario s = Examples.load(name).orElseThrow();
        int i = Examples.names().indexOf(name);
        Set<Property> violated = QuiescentStates.verdicts(List.of(s), List.of(reduced.states().get(i))).get(0);
        assertEquals(Set.of(), violated, name + " violates these");
    }

    /** The fused model with its reductions explores fewer states than the literal one (one TLA+ step per kernel step). */
    @Test
    void theReducedModelExploresFewerStatesThanTheLiteralOne() {
        assertTrue(reduced.distinctStates() < literal.distinctStates(),
                "reduced " + reduced.distinctStates() + " states, literal " + literal.distinctStates());
    }
}

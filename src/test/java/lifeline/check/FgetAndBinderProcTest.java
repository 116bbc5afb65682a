package lifeline.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import lifeline.model.PathCapture;
import lifeline.model.Property;
import lifeline.model.Scenario;
import lifeline.spec.FaultKind;
import lifeline.spec.Granularity;
import lifeline.trace.Call;
import lifeline.trace.TraceStep;
import lifeline.trace.RefKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 14: fget's rule on every operation that reaches a file through an fd, and NoUseAfterFree on a
 * binder_proc freed under its mapping, through the real TLC. Each scenario violates exactly the kernel's
 * properties (every property's verdict on all four from one TLC run); ReductionEquivalenceTest checks that
 * the literal model violates the same ones, property by property, on these scenarios.
 */
class FgetAndBinderProcTest {
    /** The properties each scenario violates, by its name. */
    private static final Map<String, Set<Property>> VIOLATED = new HashMap<>();
    static final Map<String, Supplier<Scenario>> SCENARIOS = Map.of(
            "binder_vma_close", FurtherScenariosTest::binderVmaCloseAfterExtraFput,
            "wake", FurtherScenariosTest::wakeAfterExtraFput,
            "copy hook", () -> FurtherScenariosTest.hookAfterExtraFput(PathCapture.COPY),
            "shared binder", FurtherScenariosTest::sharedBinderAfterTwoExtraFputs);

    /** Scenario, then the properties it violates; every other property of the four holds. */
    static Stream<Arguments> verdicts() {
        return Stream.of(
                Arguments.of("binder_vma_close", EnumSet.of(Property.NO_USE_AFTER_FREE, Property.NO_REFCOUNT_UNDERFLOW)),
                Arguments.of("wake", EnumSet.noneOf(Property.class)),
                Arguments.of("copy hook", EnumSet.of(Property.NO_REFCOUNT_UNDERFLOW)),
                Arguments.of("shared binder", EnumSet.of(Property.NO_USE_AFTER_FREE, Property.NO_REFCOUNT_UNDERFLOW)));
    }

    /** Every property's verdict on each scenario, all in one TLC run. */
    @BeforeAll
    static void checkEveryScenario() throws Exception {
        List<String> names = List.copyOf(SCENARIOS.keySet());
        List<Set<QuiescentStates.State>> states = QuiescentStates.of(
                names.stream().map(n -> SCENARIOS.get(n).get()).toList(), QuiescentStates.Model.REDUCED);
        for (int i = 0; i < names.size(); i++) {
            assertFalse(states.get(i).isEmpty(), "no quiescent state of " + names.get(i));
            VIOLATED.put(names.get(i), QuiescentStates.violated(states.get(i)));
        }
    }

    @ParameterizedTest(name = "{0} violates {1}")
    @MethodSource("verdicts")
    void violatesExactlyTheKernelsProperties(String scenario, Set<Property> violated) {
        Set<Property> among = EnumSet.copyOf(VIOLATED.get(scenario));
        among.retainAll(Property.defaults());
        assertEquals(violated, among, scenario);
    }

    @Test
    void binderVmaCloseOnTheFreedProcIsAUseAfterFreeAfterTheKworkerFreedIt() {
        CheckResult r = TlcFixture.check(FurtherScenariosTest.binderVmaCloseAfterExtraFput(),
                EnumSet.of(Property.NO_USE_AFTER_FREE), Granularity.FUSED);
        List<TraceStep> steps = r.trace().orElseThrow().steps();
        TraceStep last = r.trace().orElseThrow().folded().last();
        assertTrue(last.newFaults().stream().anyMatch(f -> f.kind() == FaultKind.UAF
                && f.object().kind() == RefKind.BINDER_PROC && f.function().equals("binder_vma_close")), r.report());
        assertTrue(steps.stream().anyMatch(s -> s.task().equals("kworker")
                && s.functions().contains("kfree")), "the kworker freed the proc first");
        assertTrue(r.report().contains("BUG: KASAN: use-after-free in binder_vma_close"), r.report());
    }

    @Test
    void hookWhoseFgetFailsTakesNoPathAndLetsTheCloseRun() {
        CheckResult r = TlcFixture.check(FurtherScenariosTest.hookAfterExtraFput(PathCapture.COPY),
                EnumSet.of(Property.NO_REFCOUNT_UNDERFLOW), Granularity.LITERAL);
        List<Call> calls = r.trace().orElseThrow().steps().stream().flatMap(s -> s.calls().stream()).toList();
        assertFalse(calls.stream().anyMatch(c -> c.function().startsWith("path_")), calls.toString());
        assertTrue(calls.stream().anyMatch(c -> c.backtrace().equals(List.of("hooked_close", "fget"))),
                calls.toString());
        assertTrue(calls.stream().anyMatch(c -> c.backtrace().equals(List.of("hooked_close", "sys_close",
                "filp_close"))), "the original close still runs: " + calls);
    }
}

package lifeline.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lifeline.trace.value.TlaInt;
import lifeline.trace.value.TlaRecord;
import lifeline.trace.value.TlaSeq;
import lifeline.trace.value.TlaString;
import lifeline.trace.value.TlaValue;
import org.junit.jupiter.api.Test;

/** The kernel steps of one fused step: the spec's recorded changes applied, each step with its own log. */
class KernelStepsTest {
    private static TlaValue call(String fn) {
        return TlaRecord.of("task", TlaString.of("p1"), "bt", TlaSeq.of(TlaString.of(fn)), "obj", TlaSeq.EMPTY);
    }

    private static TlaValue done(Object... changes) {
        return TlaRecord.of("done", TlaRecord.of(changes));
    }

    private static TraceState state(int n, String action, long a, long b, TlaValue... log) {
        Map<String, TlaValue> vars = new LinkedHashMap<>();
        vars.put("a", TlaInt.of(a));
        vars.put("b", TlaInt.of(b));
        vars.put("log", new TlaSeq(List.of(log)));
        return new TraceState(n, action, "", vars);
    }

    @Test
    void eachKernelStepGetsTheRecordedFieldsOverTheStartAndItsOwnCalls() {
        TraceState before = state(1, TraceState.INITIAL_PREDICATE, 0, 0);
        TraceState after = state(2, "Next", 2, 5, call("f"), done("a", TlaInt.of(1)), call("g"),
                done("a", TlaInt.of(2), "b", TlaInt.of(4)), call("h"));
        List<TraceState> steps = KernelSteps.of(before, after);
        assertEquals(3, steps.size());
        assertEquals(List.of(1L, 2L, 2L), steps.stream().map(s -> s.variable("a").asInt()).toList());
        assertEquals(List.of(0L, 4L, 5L), steps.stream().map(s -> s.variable("b").asInt()).toList(),
                "a field changed later keeps its start value before; the last step is the state TLC printed");
        assertEquals(List.of("f", "g", "h"), steps.stream()
                .map(s -> new KernelState(s).calls().get(0).function()).toList());
        steps.forEach(s -> assertEquals(2, s.number()));
        steps.forEach(s -> assertFalse(s.isInitial(), "a kernel step after the initial state is not initial"));
    }

    @Test
    void aStepWithoutRecordedChangesIsOneKernelStep() {
        TraceState before = state(1, TraceState.INITIAL_PREDICATE, 0, 0);
        TraceState after = state(2, "Next", 1, 0, call("f"), call("g"));
        List<TraceState> steps = KernelSteps.of(before, after);
        assertEquals(1, steps.size());
        assertEquals(after, steps.get(0));
    }

    @Test
    void aRecordedChangeOfAnUnknownVariableIsRefusedWithItsName() {
        TraceState before = state(1, TraceState.INITIAL_PREDICATE, 0, 0);
        TraceState after = state(2, "Next", 1, 0, call("f"), done("zz", TlaInt.of(1)), call("g"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> KernelSteps.of(before, after));
        assertEquals("the log of state 2 records a change of zz, which is not a variable", e.getMessage());
    }
}

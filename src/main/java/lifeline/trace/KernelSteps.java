package lifeline.trace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lifeline.trace.value.TlaRecord;
import lifeline.trace.value.TlaSeq;
import lifeline.trace.value.TlaString;
import lifeline.trace.value.TlaValue;

/**
 * The kernel steps inside one TLA+ step of the fused model, each as a state of its own. Between two kernel
 * steps the spec logs {@code [done |-> [field |-> value]]}: the fields of the world the step has changed so
 * far, with their values (KernelStepDone in Lifeline.tla). This class only applies those values to the state
 * the step started from; it knows no kernel semantics. Each kernel step's state keeps in its log only the
 * entries of that kernel step, so that {@link KernelState#calls()} reads its own calls.
 */
final class KernelSteps {
    private static final TlaValue DONE = new TlaString("done");
    private static final String LOG = "log";

    private KernelSteps() {}

    /** The states after each kernel step of the step from {@code before} to {@code after}; the last is after. */
    static List<TraceState> of(TraceState before, TraceState after) {
        List<TraceState> states = new ArrayList<>();
        List<TlaValue> entries = new ArrayList<>();
        for (TlaValue e : after.variable(LOG).asSeq()) {
            Optional<TlaValue> done = e instanceof TlaRecord ? e.tryApply(DONE) : Optional.empty();
            if (done.isPresent()) {
                states.add(withLog(apply(before, after, done.get()), entries));
                entries = new ArrayList<>();
            } else {
                entries.add(e);
            }
        }
        states.add(withLog(after, entries));
        return states;
    }

    /** before with every field the spec recorded as changed set to its recorded value, numbered as after. */
    private static TraceState apply(TraceState before, TraceState after, TlaValue changed) {
        Map<String, TlaValue> vars = new LinkedHashMap<>(before.variables());
        if (changed instanceof TlaRecord r) {
            r.fields().forEach((name, value) -> {
                if (!vars.containsKey(name)) {
                    throw new IllegalArgumentException("the log of state " + after.number()
                            + " records a change of " + name + ", which is not a variable");
                }
                vars.put(name, value);
            });
        }
        return new TraceState(after.number(), after.actionName(), after.actionLocation(), vars);
    }

    private static TraceState withLog(TraceState s, List<TlaValue> entries) {
        Map<String, TlaValue> vars = new LinkedHashMap<>(s.variables());
        vars.put(LOG, new TlaSeq(entries));
        return new TraceState(s.number(), s.actionName(), s.actionLocation(), vars);
    }
}

package lifeline.trace;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A TLC counterexample as a list of steps in the scenario's terms. */
public record KernelTrace(List<TraceStep> steps) {
    public KernelTrace {
        steps = List.copyOf(steps);
    }

    public static KernelTrace of(List<TraceState> states, Naming naming) {
        List<TraceStep> steps = new ArrayList<>();
        List<ObjectView> previous = List.of();
        Set<Fault> seen = new LinkedHashSet<>();
        for (TraceState raw : states) {
            KernelState state = new KernelState(raw);
            List<ObjectView> objects = StateObjects.of(state, naming);
            List<Call> calls = raw.isInitial() ? List.of() : state.calls();
            String task = calls.isEmpty() ? "" : calls.get(0).task();
            String taskLabel = task.isEmpty() ? "" : naming.task(task);
            List<Change> changes = steps.isEmpty() ? List.of() : StateDiff.between(previous, objects);
            List<Fault> fresh = new ArrayList<>();
            for (Fault f : state.faults()) {
                if (seen.add(f)) {
                    fresh.add(f);
                }
            }
            steps.add(new TraceStep(raw.number(), task, taskLabel, calls, state, objects, changes, fresh,
                    StepDescriber.describe(taskLabel, calls, changes, naming)));
            previous = objects;
        }
        return new KernelTrace(steps);
    }

    /** What NoLeak found at the trace's end: the leak set the spec logged into its last state. */
    public List<ObjRef> leaks() {
        return steps.isEmpty() ? List.of() : last().state().leaks();
    }

    public TraceStep last() {
        return steps.get(steps.size() - 1);
    }

    public int size() {
        return steps.size();
    }
}

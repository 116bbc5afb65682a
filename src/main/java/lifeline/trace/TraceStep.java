package lifeline.trace;

import java.util.List;

/**
 * One step of a counterexample mapped back to the scenario: who moved, what kernel code ran
 * (every call with its backtrace), the objects' state after it and what changed.
 *
 * @param number TLC's state number (1 is the initial state)
 * @param task the TLA+ id of the task that moved ("" for the initial state)
 */
public record TraceStep(int number, String task, String taskLabel, List<Call> calls, KernelState state,
                        List<ObjectView> objects, List<Change> changes, List<Fault> newFaults, String summary) {
    public TraceStep {
        calls = List.copyOf(calls);
        objects = List.copyOf(objects);
        changes = List.copyOf(changes);
        newFaults = List.copyOf(newFaults);
    }

    public boolean isInitial() {
        return task.isEmpty();
    }

    /** The kernel functions this step executed, innermost of each call. */
    public List<String> functions() {
        return calls.stream().map(Call::function).toList();
    }

    /** The call the step is about: the faulting one if it faulted, else the last. */
    public Call mainCall() {
        if (!newFaults.isEmpty()) {
            Fault f = newFaults.get(0);
            for (Call c : calls) {
                if (c.backtrace().equals(f.backtrace()) && c.object().equals(f.object())) {
                    return c;
                }
            }
        }
        return calls.isEmpty() ? new Call(task, List.of(), ObjRef.NONE) : calls.get(calls.size() - 1);
    }

    /** The backtrace of the main call, outermost first. */
    public List<String> backtrace() {
        return mainCall().backtrace();
    }
}

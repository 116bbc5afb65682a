package lifeline.trace;

import java.util.List;

/**
 * One step of a counterexample mapped back to the scenario: who moved, what kernel code ran
 * (every call with its backtrace), the objects' state after it and what changed.
 *
 * <p>A kernel step is one execution of a kernel function (one step of the literal model); a step of the
 * fused model folds several of them, its {@code parts}, and opens into them.
 *
 * @param number the kernel step's number, 1 for the initial state; a folded step has its last part's number
 * @param task the TLA+ id of the task that moved ("" for the initial state)
 * @param tlcState TLC's number of the state this step leads to (several kernel steps share one)
 * @param parts the kernel steps a folded step holds, in order; empty for a kernel step
 */
public record TraceStep(int number, String task, String taskLabel, List<Call> calls, KernelState state,
                        List<ObjectView> objects, List<Change> changes, List<Fault> newFaults, String summary,
                        int tlcState, List<TraceStep> parts) {
    public TraceStep {
        calls = List.copyOf(calls);
        objects = List.copyOf(objects);
        changes = List.copyOf(changes);
        newFaults = List.copyOf(newFaults);
        parts = List.copyOf(parts);
    }

    public boolean isInitial() {
        return task.isEmpty();
    }

    /** A step that folds more than one kernel step. */
    public boolean isFolded() {
        return parts.size() > 1;
    }

    /** The kernel steps this step stands for: its parts, or itself. */
    public List<TraceStep> kernelSteps() {
        return parts.isEmpty() ? List.of(this) : parts;
    }

    /** The first kernel step's number: the same as {@link #number()} unless folded. */
    public int firstNumber() {
        return kernelSteps().get(0).number();
    }

    /** Whether kernel step {@code n} is this step or one of its parts. */
    public boolean holds(int n) {
        return n >= firstNumber() && n <= number;
    }

    /** "5", or "3-7" for a folded step. */
    public String numberText() {
        return isFolded() ? firstNumber() + "\u2013" + number : Integer.toString(number);
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

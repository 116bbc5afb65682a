package lifeline.trace;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import lifeline.model.Property;
import lifeline.spec.FaultKind;

/**
 * A TLC counterexample as a list of steps in the scenario's terms: {@code steps} as shown, either every kernel
 * step ({@code kernelSteps}) or the steps of the checked model with the kernel steps of each folded into one
 * ({@code foldedSteps}; the same list in the literal model). Kernel steps are numbered from 1, the initial
 * state; reports cite these numbers in either view.
 */
public record KernelTrace(List<TraceStep> steps, List<TraceStep> kernelSteps, List<TraceStep> foldedSteps) {
    /** Up to this many kernel steps a trace opens with every kernel step shown. */
    public static final int OPEN_UP_TO = 30;

    public KernelTrace {
        steps = List.copyOf(steps);
        kernelSteps = List.copyOf(kernelSteps);
        foldedSteps = List.copyOf(foldedSteps);
    }

    /** A trace whose steps are its kernel steps. */
    public KernelTrace(List<TraceStep> steps) {
        this(steps, steps, steps);
    }

    public static KernelTrace of(List<TraceState> states, Naming naming) {
        List<TraceStep> kernel = new ArrayList<>();
        List<TraceStep> folded = new ArrayList<>();
        Set<Fault> seen = new LinkedHashSet<>();
        TraceState before = null;
        for (TraceState raw : states) {
            List<TraceState> parts = before == null || raw.isInitial() ? List.of(raw) : KernelSteps.of(before, raw);
            List<TraceStep> made = new ArrayList<>();
            for (TraceState part : parts) {
                TraceStep s = step(kernel.size() + 1, part, kernel.isEmpty() ? null : kernel.get(kernel.size() - 1),
                        seen, naming);
                kernel.add(s);
                made.add(s);
            }
            folded.add(made.size() == 1 ? made.get(0)
                    : fold(made, folded.isEmpty() ? List.of() : folded.get(folded.size() - 1).objects(), naming));
            before = raw;
        }
        boolean open = kernel.size() - 1 <= OPEN_UP_TO;
        return new KernelTrace(open ? kernel : folded, kernel, folded);
    }

    private static TraceStep step(int number, TraceState raw, TraceStep previous, Set<Fault> seen, Naming naming) {
        KernelState state = new KernelState(raw);
        List<ObjectView> objects = StateObjects.of(state, naming);
        List<Call> calls = raw.isInitial() ? List.of() : state.calls();
        String task = calls.isEmpty() ? "" : calls.get(0).task();
        String taskLabel = task.isEmpty() ? "" : naming.task(task);
        List<Change> changes = previous == null ? List.of() : StateDiff.between(previous.objects(), objects);
        List<Fault> fresh = new ArrayList<>();
        for (Fault f : state.faults()) {
            if (seen.add(f)) {
                fresh.add(f);
            }
        }
        return new TraceStep(number, task, taskLabel, calls, state, objects, changes, fresh,
                StepDescriber.describe(taskLabel, calls, changes, naming), raw.number(), List.of());
    }

    /** One step of the checked model: its kernel steps' calls and faults, the state after the last. */
    private static TraceStep fold(List<TraceStep> parts, List<ObjectView> before, Naming naming) {
        TraceStep last = parts.get(parts.size() - 1);
        List<Call> calls = new ArrayList<>();
        List<Fault> faults = new ArrayList<>();
        parts.forEach(p -> {
            calls.addAll(p.calls());
            faults.addAll(p.newFaults());
        });
        String task = parts.get(0).task();
        String taskLabel = parts.get(0).taskLabel();
        List<Change> changes = StateDiff.between(before, last.objects());
        return new TraceStep(last.number(), task, taskLabel, calls, last.state(), last.objects(), changes, faults,
                StepDescriber.describe(taskLabel, calls, changes, naming), last.tlcState(), parts);
    }

    /** This trace showing every kernel step. */
    public KernelTrace opened() {
        return new KernelTrace(kernelSteps, kernelSteps, foldedSteps);
    }

    /** This trace showing the checked model's steps. */
    public KernelTrace folded() {
        return new KernelTrace(foldedSteps, kernelSteps, foldedSteps);
    }

    /** The checked model's steps, those leading to the given TLC states opened in place into their kernel steps. */
    public KernelTrace openedAt(Set<Integer> tlcStates) {
        List<TraceStep> shown = new ArrayList<>();
        for (TraceStep s : foldedSteps) {
            if (s.isFolded() && tlcStates.contains(s.tlcState())) {
                shown.addAll(s.parts());
            } else {
                shown.add(s);
            }
        }
        return new KernelTrace(shown, kernelSteps, foldedSteps);
    }

    /** Whether some step of the checked model holds more than one kernel step. */
    public boolean canFold() {
        return foldedSteps.size() != kernelSteps.size();
    }

    /** Whether no shown step folds kernel steps. */
    public boolean isOpen() {
        return steps.stream().noneMatch(TraceStep::isFolded);
    }

    /** This trace showing only its steps that hold one of the kernel steps numbered so. */
    public KernelTrace only(Set<Integer> numbers) {
        return new KernelTrace(steps.stream().filter(s -> s.kernelSteps().stream()
                .anyMatch(k -> numbers.contains(k.number()))).toList(), kernelSteps, foldedSteps);
    }

    /** The kernel step numbered n (1 is the initial state). */
    public TraceStep kernelStep(int n) {
        return kernelSteps.get(n - 1);
    }

    /** What NoLeak found at the trace's end: the leak set the spec logged into its last state. */
    public List<ObjRef> leaks() {
        return steps.isEmpty() ? List.of() : last().state().leaks();
    }

    /** A fault with the kernel step that recorded it. */
    public record StepFault(TraceStep step, Fault fault) {}

    /**
     * Each fault of the kind the property looks at ({@link FaultKind}), with the kernel step that recorded it,
     * in the order of the trace; none for NoLeak, which looks at the state.
     */
    public List<StepFault> faultsOf(Property p) {
        Optional<FaultKind> kind = FaultKind.of(p);
        List<StepFault> found = new ArrayList<>();
        for (TraceStep s : kernelSteps) {
            for (Fault f : s.newFaults()) {
                if (kind.filter(k -> k == f.kind()).isPresent()) {
                    found.add(new StepFault(s, f));
                }
            }
        }
        return found;
    }

    public TraceStep last() {
        return steps.get(steps.size() - 1);
    }

    public int size() {
        return steps.size();
    }
}

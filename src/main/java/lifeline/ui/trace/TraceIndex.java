package lifeline.ui.trace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lifeline.trace.Change;
import lifeline.trace.KernelTrace;
import lifeline.trace.ObjectKey;
import lifeline.trace.TraceStep;

/** Lookups over one trace, computed once: where each object changed, which steps faulted. */
final class TraceIndex {
    static final TraceIndex EMPTY = new TraceIndex(new KernelTrace(List.of()), -1);

    private final Map<ObjectKey, List<Integer>> changesOf = new HashMap<>();
    private final List<Set<ObjectKey>> changedKeys = new ArrayList<>();
    private final int violation;

    /** violation: the index of the step the violation shows at. */
    TraceIndex(KernelTrace trace, int violation) {
        List<TraceStep> steps = trace.steps();
        for (int i = 0; i < steps.size(); i++) {
            Set<ObjectKey> keys = new HashSet<>();
            for (Change c : steps.get(i).changes()) {
                if (keys.add(c.objectKey())) {
                    changesOf.computeIfAbsent(c.objectKey(), k -> new ArrayList<>()).add(i);
                }
            }
            changedKeys.add(keys);
        }
        this.violation = violation;
    }

    /** The index of the step the violation shows at: the faulting step, or a leak's last step. */
    int violation() {
        return violation;
    }

    boolean changed(int index, ObjectKey key) {
        return index >= 0 && index < changedKeys.size() && changedKeys.get(index).contains(key);
    }

    /** The first step after index that changed key, or -1. */
    int nextChange(ObjectKey key, int index) {
        for (int i : changesOf.getOrDefault(key, List.of())) {
            if (i > index) {
                return i;
            }
        }
        return -1;
    }

    /** The last step before index that changed key, or -1. */
    int previousChange(ObjectKey key, int index) {
        int found = -1;
        for (int i : changesOf.getOrDefault(key, List.of())) {
            if (i < index) {
                found = i;
            }
        }
        return found;
    }
}

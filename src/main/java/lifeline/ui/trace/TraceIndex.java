package lifeline.ui.trace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lifeline.trace.Change;
import lifeline.trace.KernelTrace;
import lifeline.trace.TraceStep;

/** Lookups over one trace, computed once: where each object changed, which steps faulted. */
final class TraceIndex {
    static final TraceIndex EMPTY = new TraceIndex(new KernelTrace(List.of()));

    private final Map<String, List<Integer>> changesOf = new HashMap<>();
    private final List<Set<String>> changedKeys = new ArrayList<>();
    private final int violation;

    TraceIndex(KernelTrace trace) {
        List<TraceStep> steps = trace.steps();
        for (int i = 0; i < steps.size(); i++) {
            Set<String> keys = new HashSet<>();
            for (Change c : steps.get(i).changes()) {
                if (keys.add(c.objectKey())) {
                    changesOf.computeIfAbsent(c.objectKey(), k -> new ArrayList<>()).add(i);
                }
            }
            changedKeys.add(keys);
        }
        violation = steps.size() - 1;
    }

    /** The index of the violating state: TLC stops at the first one, so it is the last. */
    int violation() {
        return violation;
    }

    boolean changed(int index, String key) {
        return index >= 0 && index < changedKeys.size() && changedKeys.get(index).contains(key);
    }

    /** The first step after index that changed key, or -1. */
    int nextChange(String key, int index) {
        for (int i : changesOf.getOrDefault(key, List.of())) {
            if (i > index) {
                return i;
            }
        }
        return -1;
    }

    /** The last step before index that changed key, or -1. */
    int previousChange(String key, int index) {
        int found = -1;
        for (int i : changesOf.getOrDefault(key, List.of())) {
            if (i < index) {
                found = i;
            }
        }
        return found;
    }
}

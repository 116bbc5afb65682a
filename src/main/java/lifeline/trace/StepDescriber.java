package lifeline.trace;

import java.util.List;
import java.util.stream.Collectors;

/** One line per step in a kernel developer's words: "app [300] fput(/locust/a): f_count 1 -> 0". */
final class StepDescriber {
    private static final int MAX_CHANGES = 4;

    private StepDescriber() {}

    static String describe(String taskLabel, List<Call> calls, List<Change> changes, Naming n) {
        if (calls.isEmpty()) {
            return "initial state: after all opens, dups, forks, mmaps and epoll_ctl calls";
        }
        Call first = calls.get(0);
        Call last = calls.get(calls.size() - 1);
        StringBuilder b = new StringBuilder(taskLabel).append(' ').append(call(first, n));
        if (calls.size() > 1) {
            b.append(" ... ").append(call(last, n));
        }
        String what = changes.stream()
                .filter(c -> c.objectKey().kind() != ObjectKind.TASK && !c.field().equals(StateObjects.OPERATIONS_LEFT))
                .limit(MAX_CHANGES)
                .map(c -> c.objectLabel() + " " + c.field() + " " + show(c.before()) + " -> " + show(c.after()))
                .collect(Collectors.joining("; "));
        if (!what.isEmpty()) {
            b.append(": ").append(what);
        }
        return b.toString();
    }

    private static String call(Call c, Naming n) {
        return c.function() + "(" + n.object(c.object()) + ")";
    }

    private static String show(String v) {
        return v.isEmpty() ? "-" : v;
    }
}

package lifeline.ui.check;

import java.util.List;
import java.util.stream.Collectors;
import lifeline.explore.Replay;
import lifeline.trace.Call;
import lifeline.trace.Naming;

/**
 * One sentence on a replay: where the run on the fixed scenario parts from the original, and how: the calls
 * only the run before the fix makes there (the bug's free) and those only the fixed run makes.
 */
final class ReplayText {
    private ReplayText() {}

    static String of(Replay r) {
        if (r.partsAt() < 0) {
            return "Replayed " + (r.steps().size() - 1) + " choices: every step runs the same kernel calls.";
        }
        Replay.Compared at = r.steps().get(r.partsAt());
        String head = "The runs part at step " + (r.partsAt() + 1) + " (" + at.original().taskLabel() + ").";
        if (at.replayed().isEmpty()) {
            return head + " After the fix " + at.original().taskLabel() + " cannot move there.";
        }
        List<Call> before = at.onlyOriginal();
        List<Call> after = at.onlyReplayed();
        return head + (before.isEmpty() ? "" : " Before the fix only: " + calls(before, r.originalNaming()) + ".")
                + (after.isEmpty() ? "" : " After the fix only: " + calls(after, r.naming()) + ".");
    }

    /** Calls as "locust_flush > kfree": the function with its caller, in the driver's names. */
    static String calls(List<Call> calls, Naming n) {
        return calls.stream().map(c -> {
            List<String> f = n.functions(c.backtrace(), c.object());
            return f.size() < 2 ? String.join("", f) : f.get(f.size() - 2) + " > " + f.get(f.size() - 1);
        }).collect(Collectors.joining(", "));
    }
}

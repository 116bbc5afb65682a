package lifeline.ui.trace;

import java.util.List;
import lifeline.trace.Call;
import lifeline.trace.Naming;
import lifeline.trace.TraceStep;

/** How the views name a step: its kernel function with the driver's names, and its summary without the task. */
public final class StepText {
    private StepText() {}

    /** The main call's function as a real backtrace has it ("locust_flush", not "flush"). */
    public static String function(TraceStep s, Naming n) {
        if (s.isInitial()) {
            return "(initial state)";
        }
        Call c = s.mainCall();
        List<String> fns = n == null ? c.backtrace() : n.functions(c.backtrace(), c.object());
        return fns.isEmpty() ? "" : fns.get(fns.size() - 1);
    }

    static String task(TraceStep s) {
        return s.isInitial() ? "" : s.taskLabel();
    }

    /** The summary without the task's name in front, which the task column already shows. */
    static String summary(TraceStep s) {
        String text = s.summary();
        String prefix = s.taskLabel() + " ";
        return !s.isInitial() && text.startsWith(prefix) ? text.substring(prefix.length()) : text;
    }
}

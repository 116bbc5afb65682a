package lifeline.trace;

import java.util.List;

/** One kernel call a step executed: the task, its backtrace (outermost first) and the object it touched. */
public record Call(String task, List<String> backtrace, ObjRef object) {
    public Call {
        backtrace = List.copyOf(backtrace);
    }

    /** The innermost function: what this call executed. */
    public String function() {
        return backtrace.isEmpty() ? "" : backtrace.get(backtrace.size() - 1);
    }
}

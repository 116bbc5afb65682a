package lifeline.trace;

import java.util.List;
import lifeline.spec.FaultKind;

/** A fault the model recorded: use-after-free, double free, underflow or release context. */
public record Fault(FaultKind kind, ObjRef object, String task, List<String> backtrace) {
    public Fault {
        backtrace = List.copyOf(backtrace);
    }

    public String function() {
        return backtrace.isEmpty() ? "" : backtrace.get(backtrace.size() - 1);
    }
}

package lifeline.trace.report;

import java.util.Optional;
import java.util.function.Predicate;
import lifeline.trace.Call;
import lifeline.trace.KernelTrace;
import lifeline.trace.ObjRef;
import lifeline.trace.TraceStep;

/**
 * Finds the calls of a trace that a report cites (who freed, who took, who put), in execution
 * order up to a limit. A limit is a call, not a step: in the fused model one step can both free
 * an object and fault on it.
 */
final class TraceSearch {
    record Hit(TraceStep step, Call call) {}

    private final KernelTrace trace;

    TraceSearch(KernelTrace trace) {
        this.trace = trace;
    }

    /** The first call on o executing fn before the call {@code limit} of step {@code at}. */
    Optional<Hit> first(ObjRef o, String fn, TraceStep at, Call limit) {
        return find(o, c -> c.function().equals(fn), at, limit, true);
    }

    /** The last call on o executing fn, in the whole trace. */
    Optional<Hit> last(ObjRef o, String fn) {
        return find(o, c -> c.function().equals(fn), null, null, false);
    }

    /** The last call on o whose backtrace passes through fn, in the whole trace. */
    Optional<Hit> lastThrough(ObjRef o, String fn) {
        return find(o, c -> c.backtrace().contains(fn), null, null, false);
    }

    /** The last call on any object with TLA+ id {@code id}, in the whole trace. */
    Optional<Hit> lastOn(String id) {
        Hit found = null;
        for (TraceStep s : trace.kernelSteps()) {
            for (Call c : s.calls()) {
                if (c.object().id().equals(id)) {
                    found = new Hit(s, c);
                }
            }
        }
        return Optional.ofNullable(found);
    }

    private Optional<Hit> find(ObjRef o, Predicate<Call> p, TraceStep at, Call limit, boolean firstOne) {
        Hit found = null;
        for (TraceStep s : trace.kernelSteps()) {
            for (Call c : s.calls()) {
                if (s == at && c.equals(limit)) {
                    return Optional.ofNullable(found);
                }
                if (c.object().equals(o) && p.test(c)) {
                    if (firstOne) {
                        return Optional.of(new Hit(s, c));
                    }
                    found = new Hit(s, c);
                }
            }
        }
        return Optional.ofNullable(found);
    }
}

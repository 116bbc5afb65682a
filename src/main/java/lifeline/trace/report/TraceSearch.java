package lifeline.trace.report;

import java.util.Optional;
import java.util.function.Predicate;
import lifeline.trace.Call;
import lifeline.trace.KernelTrace;
import lifeline.trace.ObjRef;
import lifeline.trace.TraceStep;

/** Finds the steps and calls of a trace that a report cites: who freed, who took, who put. */
final class TraceSearch {
    record Hit(TraceStep step, Call call) {}

    private final KernelTrace trace;

    TraceSearch(KernelTrace trace) {
        this.trace = trace;
    }

    /** The first call before step {@code before} (exclusive) on object o executing function fn. */
    Optional<Hit> first(ObjRef o, String fn, int before) {
        return find(o, c -> c.function().equals(fn), before, true);
    }

    /** The last such call before step {@code before} (exclusive). */
    Optional<Hit> last(ObjRef o, String fn, int before) {
        return find(o, c -> c.function().equals(fn), before, false);
    }

    /** The last call before step {@code before} whose backtrace contains fn (not only as leaf). */
    Optional<Hit> lastThrough(ObjRef o, String fn, int before) {
        return find(o, c -> c.backtrace().contains(fn), before, false);
    }

    private Optional<Hit> find(ObjRef o, Predicate<Call> p, int before, boolean firstOne) {
        Hit found = null;
        for (TraceStep s : trace.steps()) {
            if (s.number() >= before) {
                break;
            }
            for (Call c : s.calls()) {
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

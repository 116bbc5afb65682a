package lifeline.trace.report;

import java.util.List;
import lifeline.model.Property;
import lifeline.trace.KernelTrace;
import lifeline.trace.Naming;
import lifeline.trace.ObjRef;
import lifeline.trace.TraceStep;

/**
 * The report for a violated property: KASAN style for faults, kmemleak style for leaks, ending with the
 * violation's story (worked out once by the caller, who hands the same story to the JSON and the player).
 */
public final class ViolationReport {
    private ViolationReport() {}

    public static String render(Property violated, KernelTrace trace, CauseAndEffect story, Naming n) {
        TraceStep last = trace.last();
        if (violated == Property.NO_LEAK) {
            List<ObjRef> leaks = trace.leaks();
            StringBuilder b = new StringBuilder("kmemleak: ").append(leaks.size())
                    .append(" new suspected memory leak").append(leaks.size() == 1 ? "" : "s")
                    .append(" once every task is idle (step ").append(last.number()).append(")\n");
            leaks.forEach(l -> b.append(KmemleakReport.render(l, trace, n)));
            return b.append(story.text(n)).toString();
        }
        StringBuilder b = new StringBuilder();
        trace.faultsOf(violated).forEach(at -> b.append(KasanReport.render(at.fault(), at.step(), trace, n)));
        return b.append(story.text(n)).toString();
    }
}

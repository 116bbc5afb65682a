package lifeline.trace.report;

import java.util.List;
import java.util.stream.Collectors;
import lifeline.model.Property;
import lifeline.trace.Fault;
import lifeline.trace.KernelTrace;
import lifeline.trace.Naming;
import lifeline.trace.ObjRef;

/**
 * What makes two violations the same bug: the property, the object, and the site that freed it (a
 * fault: the first fault of the property's kind along the trace and the call its report says freed
 * the object) or lost it (a leak: what leaked, and the call that made the last task idle).
 *
 * @param object the object in the scenario's words
 * @param site the kernel backtrace of the free (or of the step that ended with the leak), outermost first
 */
public record ViolationSite(Property property, String object, String site) {

    /** The site of the violation a trace ends in. */
    public static ViolationSite of(Property p, KernelTrace trace, Naming n) {
        if (p == Property.NO_LEAK) {
            List<ObjRef> leaks = trace.leaks();
            String objects = leaks.stream().map(n::object).sorted().collect(Collectors.joining(", "));
            return new ViolationSite(p, objects, String.join(" > ", trace.last().backtrace()));
        }
        return trace.faultsOf(p).stream().findFirst().map(at -> {
            Fault f = at.fault();
            String site = KasanReport.freedBy(f, at.step(), trace).map(h -> String.join(" > ", h.call().backtrace()))
                    .orElse(String.join(" > ", f.backtrace()));
            return new ViolationSite(p, n.object(f.object()), site);
        }).orElse(new ViolationSite(p, "", String.join(" > ", trace.last().backtrace())));
    }
}

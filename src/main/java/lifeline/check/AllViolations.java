package lifeline.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lifeline.model.Property;
import lifeline.tlc.TlcEvent;
import lifeline.tlc.TlcOptions;
import lifeline.tlc.TlcResult;
import lifeline.trace.KernelTrace;
import lifeline.trace.Naming;
import lifeline.trace.report.ViolationReport;
import lifeline.trace.report.ViolationSite;
import lifeline.trace.value.TlaValueSyntaxException;

/**
 * Every distinct violation of one check. TLC with {@code -continue} goes on after a violation and
 * reports each violating state with its shortest trace (and exits 0 all the same: the verdict comes
 * from the messages); these are grouped by their {@link ViolationSite}, each group keeping its
 * shortest trace.
 */
public final class AllViolations {
    /** TLC's flag: go on checking after a violation. */
    public static final String CONTINUE = "-continue";

    private AllViolations() {}

    /** The options of a check that collects every violation. */
    public static TlcOptions collecting(TlcOptions options) {
        if (options.extraArgs().contains(CONTINUE)) {
            return options;
        }
        List<String> args = new ArrayList<>(options.extraArgs());
        args.add(CONTINUE);
        return options.withExtraArgs(args);
    }

    /**
     * The distinct violations of a run of TLC, in the order it first reported each: its one violation,
     * whose trace and report are already read, or each of the violating states -continue reported.
     */
    static List<FoundViolation> of(TlcResult r, Naming naming, Property first, KernelTrace trace, String report) {
        List<Reported> reported = reported(r.events());
        if (reported.size() > 1) {
            try {
                return grouped(reported, naming);
            } catch (TlaValueSyntaxException | RuntimeException e) {
                // The first violation, read already, is all there is to show.
            }
        }
        return List.of(new FoundViolation(ViolationSite.of(first, trace, naming), trace, report, 1));
    }

    private static List<FoundViolation> grouped(List<Reported> reported, Naming naming)
            throws TlaValueSyntaxException {
        Map<ViolationSite, List<KernelTrace>> bySite = new LinkedHashMap<>();
        for (Reported v : reported) {
            if (v.property().isEmpty() || v.states().isEmpty()) {
                continue; // a deadlock or an unnamed property: nothing this check asked for
            }
            KernelTrace trace = KernelTrace.of(TraceStates.of(v.states()), naming);
            bySite.computeIfAbsent(ViolationSite.of(v.property().get(), trace, naming), k -> new ArrayList<>())
                    .add(trace);
        }
        List<FoundViolation> found = new ArrayList<>();
        bySite.forEach((site, traces) -> {
            KernelTrace shortest = traces.stream().min((a, b) -> Integer.compare(a.size(), b.size())).orElseThrow();
            found.add(new FoundViolation(site, shortest, report(site.property(), shortest, naming), traces.size()));
        });
        return found;
    }

    private static String report(Property p, KernelTrace trace, Naming n) {
        return ViolationReport.render(p, trace, n);
    }

    private record Reported(Optional<Property> property, List<TlcEvent.TraceStateText> states) {}

    /** Each violation message with the trace states printed after it. */
    private static List<Reported> reported(List<TlcEvent> events) {
        List<Reported> all = new ArrayList<>();
        List<TlcEvent.TraceStateText> states = null;
        for (TlcEvent e : events) {
            if (e instanceof TlcEvent.Violation v) {
                states = new ArrayList<>();
                all.add(new Reported(v.property().flatMap(Property::byTlaName), states));
            } else if (e instanceof TlcEvent.TraceStateText s && states != null) {
                states.add(s);
            }
        }
        return all;
    }
}

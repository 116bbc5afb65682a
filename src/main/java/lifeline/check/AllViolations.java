package lifeline.check;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lifeline.fix.Fix;
import lifeline.fix.FixAdvisor;
import lifeline.model.Property;
import lifeline.tlc.TlcEvent;
import lifeline.tlc.TlcJarNotFound;
import lifeline.tlc.TlcOptions;
import lifeline.tlc.TlcResult;
import lifeline.trace.KernelTrace;
import lifeline.trace.Naming;
import lifeline.trace.TraceStateParser;
import lifeline.trace.report.CauseAndEffect;
import lifeline.trace.report.ViolationReport;
import lifeline.trace.report.ViolationSite;
import lifeline.trace.value.TlaValue;
import lifeline.trace.value.TlaValueSyntaxException;

/**
 * Every distinct violation of one check. TLC with {@code -continue} goes on after a violation and
 * reports each violating state with its shortest trace (and exits 0 all the same: the verdict comes
 * from the messages), but under the first property it breaks only: TLC's evaluator names every
 * property each of them breaks ({@link PropertiesInStates}), and they are grouped by their
 * {@link ViolationSite}, each group keeping its shortest trace. A state that breaks two properties
 * is in a group of each.
 */
public final class AllViolations {
    /** TLC's flag: go on checking after a violation. */
    public static final String CONTINUE = "-continue";

    private AllViolations() {}

    /**
     * Whether a check with these options can collect every violation: an exhaustive one only. TLC's random runs
     * with {@value #CONTINUE} report a violation per walk and then exit with an error; they stop at the first.
     */
    public static boolean canCollect(TlcOptions options) {
        return options.simulation() == null;
    }

    /** The options of a check that collects every violation ({@link #canCollect} them). */
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
     * whose trace and report are already read, or each of the violating states -continue reported, under
     * every property it breaks as {@code judge} finds them (null: under the one TLC named); {@code story} and
     * {@code fix} are the first's.
     */
    static Collected of(TlcResult r, Naming naming, Property first, KernelTrace trace, CauseAndEffect story,
                        String report, Optional<Fix> fix, PropertiesInStates judge) {
        List<Reported> reported = reported(r.events());
        if (reported.size() > 1 || judge != null && !reported.isEmpty()) {
            try {
                return grouped(reported, naming, judge);
            } catch (TlaValueSyntaxException | RuntimeException e) {
                // The first violation, read already, is all there is to show.
            }
        }
        return new Collected(List.of(new FoundViolation(ViolationSite.of(first, trace, naming), trace, story,
                report, Set.of(0), fix)), Optional.empty());
    }

    /**
     * The distinct violations, and why the list may be short of some when it may: TLC's evaluator could not
     * name every property of each state (then each is under the one TLC named).
     */
    record Collected(List<FoundViolation> found, Optional<String> caveat) {}

    private static Collected grouped(List<Reported> all, Naming naming, PropertiesInStates judge)
            throws TlaValueSyntaxException {
        List<Reported> reported = all.stream().filter(v -> v.property().isPresent() && !v.states().isEmpty())
                .toList(); // the others are deadlocks or unnamed properties: nothing this check asked for
        List<List<Property>> broken = new ArrayList<>(reported.stream().map(v -> List.of(v.property().get())).toList());
        Optional<String> caveat = Optional.empty();
        if (judge != null && !reported.isEmpty()) {
            try {
                broken = everyBroken(judge.violated(lastTexts(reported), lastStates(reported)), broken);
            } catch (IOException | TlcJarNotFound e) {
                caveat = Optional.of("TLC's evaluator could not name every property of each violating state ("
                        + e.getMessage().lines().findFirst().orElse("") + "): each is listed under the first"
                        + " property it breaks only.");
            }
        }
        // One trace at a time, each site keeping its shortest: thousands of violating states never hold their
        // read traces all at once.
        Map<ViolationSite, List<Integer>> bySite = new LinkedHashMap<>();
        Map<ViolationSite, KernelTrace> shortest = new HashMap<>();
        for (int i = 0; i < reported.size(); i++) {
            KernelTrace trace = KernelTrace.of(TraceStates.of(reported.get(i).states()), naming);
            for (Property p : broken.get(i)) {
                ViolationSite site = ViolationSite.of(p, trace, naming);
                bySite.computeIfAbsent(site, k -> new ArrayList<>()).add(i);
                shortest.merge(site, trace, (a, b) -> b.size() < a.size() ? b : a);
            }
        }
        List<FoundViolation> found = new ArrayList<>();
        bySite.forEach((site, group) -> {
            KernelTrace t = shortest.get(site);
            CauseAndEffect story = CauseAndEffect.of(site.property(), t, naming);
            found.add(new FoundViolation(site, t, story, ViolationReport.render(site.property(), t, story, naming),
                    Set.copyOf(group), FixAdvisor.advise(site.property(), t, naming)));
        });
        return new Collected(found, caveat);
    }

    private static List<String> lastTexts(List<Reported> reported) {
        return reported.stream().map(v -> v.states().get(v.states().size() - 1).body()).toList();
    }

    private static List<Map<String, TlaValue>> lastStates(List<Reported> reported) throws TlaValueSyntaxException {
        List<Map<String, TlaValue>> states = new ArrayList<>();
        for (Reported v : reported) {
            states.add(TraceStateParser.parseVariables(v.states().get(v.states().size() - 1).body()));
        }
        return states;
    }

    /** Every property each state breaks: those TLC's evaluator names, and the one TLC named. */
    private static List<List<Property>> everyBroken(List<List<String>> names, List<List<Property>> named) {
        List<List<Property>> broken = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            List<Property> all = new ArrayList<>(names.get(i).stream().flatMap(n -> Property.byTlaName(n).stream())
                    .toList());
            named.get(i).stream().filter(p -> !all.contains(p)).forEach(all::add);
            broken.add(all);
        }
        return broken;
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

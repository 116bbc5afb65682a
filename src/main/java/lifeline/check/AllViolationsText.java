package lifeline.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import lifeline.fix.Fix;
import lifeline.model.Printable;
import lifeline.model.Property;
import lifeline.trace.TraceStep;

/** Every distinct violation as text: the count, then each with its site, its report and its shortest trace. */
public final class AllViolationsText {
    private AllViolationsText() {}

    public static String render(List<FoundViolation> found, Optional<String> caveat) {
        StringBuilder b = new StringBuilder(header(found, caveat));
        for (int i = 0; i < found.size(); i++) {
            b.append(section(i, found.get(i)));
        }
        return b.toString();
    }

    /**
     * The count of distinct violations and of the violating states behind them, and when there are several, the
     * bugs they come from by the fix each needs (one bug can show at several sites, and break two properties).
     */
    public static String header(List<FoundViolation> found, Optional<String> caveat) {
        int states = FoundViolation.states(found);
        StringBuilder b = new StringBuilder("\nEvery violation: ").append(found.size()).append(" distinct (")
                .append(states).append(" violating state").append(states == 1 ? "" : "s").append(")\n");
        caveat.ifPresent(c -> b.append(Printable.line(c)).append('\n'));
        Map<String, List<Integer>> byFix = new LinkedHashMap<>();
        for (int i = 0; i < found.size(); i++) {
            byFix.computeIfAbsent(found.get(i).fix().map(AllViolationsText::fix).orElse("no fix known"),
                    k -> new ArrayList<>()).add(i + 1);
        }
        if (found.size() > 1) {
            b.append("By the fix each needs: ").append(byFix.size()).append(byFix.size() == 1 ? " bug" : " bugs")
                    .append('\n');
            byFix.forEach((fix, numbers) -> b.append("  ").append(numbers.size() == 1 ? "violation " : "violations ")
                    .append(numbers.stream().map(String::valueOf).collect(Collectors.joining(", "))).append(": ")
                    .append(fix).append('\n'));
        }
        return b.toString();
    }

    private static String fix(Fix f) {
        return "Fix (" + f.story() + "): " + Printable.of(f.title());
    }

    /** The violation at index i (0 is the first): its site, its report and its shortest trace. */
    public static String section(int i, FoundViolation v) {
        StringBuilder b = new StringBuilder("\n").append(i + 1).append(". ").append(v.site().property().tlaName())
                .append(" on ").append(Printable.of(v.site().object())).append(", ")
                .append(v.site().property() == Property.NO_LEAK ? "lost after " : "freed in ")
                .append(v.site().site()).append(" (").append(v.states()).append(" state")
                .append(v.states() == 1 ? "" : "s").append("; shortest trace ").append(v.trace().size())
                .append(" steps)\n");
        b.append(v.report().indent(3));
        for (TraceStep s : v.trace().steps()) {
            b.append("   ").append(s.number()).append(". ").append(Printable.of(s.summary())).append('\n');
        }
        return b.toString();
    }
}

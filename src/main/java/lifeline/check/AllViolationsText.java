package lifeline.check;

import java.util.List;
import lifeline.model.Printable;
import lifeline.model.Property;
import lifeline.trace.TraceStep;

/** Every distinct violation as text: the count, then each with its site, its report and its shortest trace. */
public final class AllViolationsText {
    private AllViolationsText() {}

    public static String render(List<FoundViolation> found) {
        StringBuilder b = new StringBuilder(header(found));
        for (int i = 0; i < found.size(); i++) {
            b.append(section(i, found.get(i)));
        }
        return b.toString();
    }

    /** The count of distinct violations and of the violating states behind them. */
    public static String header(List<FoundViolation> found) {
        int states = found.stream().mapToInt(FoundViolation::states).sum();
        return "\nEvery violation: " + found.size() + " distinct (" + states + " violating state"
                + (states == 1 ? "" : "s") + ")\n";
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

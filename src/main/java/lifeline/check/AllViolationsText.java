package lifeline.check;

import java.util.List;
import lifeline.model.Printable;
import lifeline.model.Property;
import lifeline.trace.TraceStep;

/** Every distinct violation as text: the count, then each with its site, its report and its shortest trace. */
public final class AllViolationsText {
    private AllViolationsText() {}

    public static String render(List<FoundViolation> found) {
        int states = found.stream().mapToInt(FoundViolation::states).sum();
        StringBuilder b = new StringBuilder("\nEvery violation: ").append(found.size()).append(" distinct (")
                .append(states).append(" violating state").append(states == 1 ? "" : "s").append(")\n");
        int i = 1;
        for (FoundViolation v : found) {
            b.append("\n").append(i++).append(". ").append(v.site().property().tlaName()).append(" on ")
                    .append(Printable.of(v.site().object())).append(", ")
                    .append(v.site().property() == Property.NO_LEAK ? "lost after " : "freed in ")
                    .append(v.site().site()).append(" (").append(v.states()).append(" state")
                    .append(v.states() == 1 ? "" : "s").append("; shortest trace ").append(v.trace().size())
                    .append(" steps)\n");
            b.append(v.report().indent(3));
            for (TraceStep s : v.trace().steps()) {
                b.append("   ").append(s.number()).append(". ").append(Printable.of(s.summary())).append('\n');
            }
        }
        return b.toString();
    }
}

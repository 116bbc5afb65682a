package lifeline.ui.inspector;

import java.util.Optional;
import lifeline.model.Node;
import lifeline.model.Problem;
import lifeline.model.Scenario;

/**
 * The object a validator problem is about. Problems name objects as {@code process "app" (P1)}, and the first
 * id in parentheses is the subject ({@code fd 3 of process "app" (P1)} is about P1), so the earliest one wins.
 */
final class ProblemTargets {
    private ProblemTargets() {}

    static Optional<String> target(Scenario s, Problem p) {
        String where = p.where();
        String best = null;
        int at = Integer.MAX_VALUE;
        for (Node n : s.nodes()) {
            int i = where.indexOf("(" + n.id() + ")");
            if (i >= 0 && i < at) {
                at = i;
                best = n.id();
            }
        }
        return Optional.ofNullable(best);
    }
}

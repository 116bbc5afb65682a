package lifeline.explore;

import java.util.Optional;
import lifeline.check.CheckResult;

/**
 * A run continued as a check: the check of everything reachable from the run's last state and,
 * when it found a violation, the run followed on by the shortest way there.
 */
public record Continuation(CheckResult check, Optional<ExploreRun> run, Optional<HandViolation> violation) {

    /** The check's sentence, or for a violation one that counts the steps from the run's end. */
    public String message(int from) {
        return run.flatMap(r -> violation.map(v -> v.property().tlaName() + " is violated " + (r.size() - from)
                + " step" + (r.size() - from == 1 ? "" : "s") + " after this state (step " + r.size() + ")"))
                .orElse(check.message());
    }
}

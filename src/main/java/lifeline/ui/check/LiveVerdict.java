package lifeline.ui.check;

import java.util.Optional;
import lifeline.check.CheckResult;

/**
 * What the verdict badge on the canvas says about the scenario as drawn.
 *
 * @param state which kind of answer (or non-answer) it is
 * @param badge the badge's words: "No violation", "NoUseAfterFree violated", "Checking…"
 * @param detail one sentence more (the badge's tooltip)
 * @param check the finished check behind a verdict, or null while there is none
 */
public record LiveVerdict(State state, String badge, String detail, CompletedCheck check) {

    /** The badge's states; the style class of each is its name in lower case. */
    public enum State {
        /** Nothing checked since the document was opened. */
        NONE,
        /** Check as you edit is off (the user's choice). */
        OFF,
        /** The validator has problems, or no property is chosen: no verdict. */
        INVALID,
        CHECKING,
        PASS,
        VIOLATION,
        /** No violation within a bound (a time limit stopped the check): not a pass. */
        BOUNDED,
        /** The check took longer than the limit; check as you edit turned itself off. */
        TOO_BIG,
        ERROR
    }

    public static final LiveVerdict NONE = new LiveVerdict(State.NONE, "", "", null);

    static LiveVerdict of(State state, String badge, String detail) {
        return new LiveVerdict(state, badge, detail, null);
    }

    /** The verdict of a finished check. */
    static LiveVerdict of(CompletedCheck done) {
        CheckResult r = done.result();
        switch (r.verdict()) {
            case PASS:
                return new LiveVerdict(State.PASS, "\u2713 No violation", r.message(), done);
            case VIOLATION:
                String property = r.violated().map(p -> p.tlaName()).orElse("A property");
                String head = ResultText.headline(r);
                return new LiveVerdict(State.VIOLATION, "\u2717 " + property + " violated",
                        (head.isEmpty() ? r.message() : head) + ". Click for the trace.", done);
            case BOUNDED:
                return new LiveVerdict(State.BOUNDED, "No violation within the bound", r.message(), done);
            case CANCELLED:
                return new LiveVerdict(State.NONE, "", "", null);
            default:
                return new LiveVerdict(State.ERROR, "Check failed", r.message(), done);
        }
    }

    /**
     * The verdict of a check made earlier of the same model (an edit undone, say): the same badge, and a
     * tooltip that says TLC did not run again.
     */
    static LiveVerdict known(CompletedCheck done) {
        LiveVerdict v = of(done);
        return new LiveVerdict(v.state(), v.badge(), v.detail() + " (Checked before: the drawing is as it was then, "
                + "so TLC did not run again.)", done);
    }

    /** The trace a click on the badge opens, if this verdict has one. */
    public Optional<CompletedCheck> trace() {
        return check != null && check.result().trace().isPresent() ? Optional.of(check) : Optional.empty();
    }
}

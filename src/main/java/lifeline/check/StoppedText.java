package lifeline.check;

import java.util.Optional;
import lifeline.tlc.TlcEvent;
import lifeline.tlc.TlcFailure;
import lifeline.tlc.TlcResult;

/** What a check stopped before it finished (time limit, Cancel) learned, in plain words. */
final class StoppedText {
    private StoppedText() {}

    /** The verdict: BOUNDED when TLC had explored some states and found no violation, else CANCELLED. */
    static Verdict verdict(TlcResult r) {
        return r.statesExploredWithoutViolation().isPresent() ? Verdict.BOUNDED : Verdict.CANCELLED;
    }

    static String message(TlcResult r) {
        String lead = r.failure().map(StoppedText::lead).orElse("Stopped");
        Optional<TlcEvent.LiveProgress> last = r.lastLiveProgress();
        if (last.isEmpty()) {
            return lead + " before TLC reported any explored state.";
        }
        String explored = String.format("%,d distinct states explored", last.get().distinctStates());
        Optional<Integer> steps = r.stepsFullyExplored();
        if (steps.isPresent()) {
            return lead + ": no violation in any behaviour of up to " + steps.get() + " steps (" + explored
                    + "). Longer behaviours were not checked.";
        }
        if (r.statesExploredWithoutViolation().isPresent() && last.get().workers() > 1) {
            return lead + ": no violation in the " + explored + " (depth " + last.get().depth() + " reached). With "
                    + last.get().workers() + " workers TLC's search is not strictly breadth-first, so no length of"
                    + " behaviour is known to be checked completely; one worker gives that bound.";
        }
        return lead + " after " + explored + " (depth " + last.get().depth() + " reached); no depth was complete yet.";
    }

    private static String lead(TlcFailure f) {
        return f instanceof TlcFailure.TimedOut t ? "Stopped at the time limit of " + t.limit().toSeconds() + " s"
                : "Cancelled";
    }
}

package lifeline.check;

import java.util.Optional;
import lifeline.tlc.TlcEvent;
import lifeline.tlc.TlcFailure;
import lifeline.tlc.TlcResult;

/** What a check stopped before it finished (time limit, Cancel) learned, in plain words. */
final class StoppedText {
    private StoppedText() {}

    /** The verdict: BOUNDED when TLC had completely explored some depth, else CANCELLED. */
    static Verdict verdict(TlcResult r) {
        return r.stepsFullyExplored().isPresent() ? Verdict.BOUNDED : Verdict.CANCELLED;
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
        String why = last.get().workers() > 1
                ? "with " + last.get().workers() + " workers TLC's search leaves no depth known to be complete"
                : "no depth was complete yet";
        return lead + " after " + explored + " (depth " + last.get().depth() + " reached); " + why + ".";
    }

    private static String lead(TlcFailure f) {
        return f instanceof TlcFailure.TimedOut t ? "Stopped at the time limit of " + t.limit().toSeconds() + " s"
                : "Cancelled";
    }
}

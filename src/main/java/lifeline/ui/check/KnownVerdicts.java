package lifeline.ui.check;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import lifeline.check.CheckRequest;
import lifeline.check.Verdict;
import lifeline.edit.MoveNodes;

/**
 * The verdicts of the drawings a document was last checked as, so that an edit back to one of them (Undo,
 * Redo, a property ticked off and on again) shows its verdict at once instead of running TLC again. A
 * verdict is known for a request asking for the same model: the same scenario up to where the cards stand,
 * the same properties and model, the same TLC options (TLC's jar is the application's, one for its life).
 * Only a pass or a violation is kept: a check that was stopped, bounded by a limit or failed says nothing
 * certain about the model. At most {@link #KEPT} are kept, the latest first.
 */
final class KnownVerdicts {
    static final int KEPT = 16;

    private final Deque<CompletedCheck> latestFirst = new ArrayDeque<>();

    /** Keeps done's verdict if it is a pass or a violation, as the latest. */
    void remember(CompletedCheck done) {
        Verdict v = done.result().verdict();
        if (v != Verdict.PASS && v != Verdict.VIOLATION) {
            return;
        }
        latestFirst.removeIf(known -> sameModel(known.request(), done.request()));
        latestFirst.addFirst(done);
        while (latestFirst.size() > KEPT) {
            latestFirst.removeLast();
        }
    }

    /** The latest finished check of the model that request asks for, if one is known. */
    Optional<CompletedCheck> of(CheckRequest request) {
        return latestFirst.stream().filter(known -> sameModel(known.request(), request)).findFirst();
    }

    /** Another document: nothing of this one's is known there. */
    void forget() {
        latestFirst.clear();
    }

    private static boolean sameModel(CheckRequest a, CheckRequest b) {
        return a.options().equals(b.options()) && a.tlc().equals(b.tlc())
                && MoveNodes.onlyMoved(a.scenario(), b.scenario());
    }
}

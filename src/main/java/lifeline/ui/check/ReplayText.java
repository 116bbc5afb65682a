package lifeline.ui.check;

import lifeline.explore.Replay;

/** One sentence on a replay: where the run on the fixed scenario parts from the original, and how. */
final class ReplayText {
    private ReplayText() {}

    static String of(Replay r) {
        if (r.partsAt() < 0) {
            return "Replayed " + (r.steps().size() - 1) + " choices: every step runs the same kernel calls.";
        }
        Replay.Compared at = r.steps().get(r.partsAt());
        String before = at.original().summary();
        return "The runs part at step " + (r.partsAt() + 1) + ". Before: " + before + ". Now: "
                + at.replayed().map(s -> s.summary()).orElse(at.original().taskLabel() + " cannot move") + ".";
    }
}

package lifeline.ui.check;

import java.util.List;
import lifeline.explore.HandViolation;
import lifeline.trace.KernelTrace;
import lifeline.trace.Naming;
import lifeline.trace.TraceStep;
import lifeline.trace.report.CauseAndEffect;
import lifeline.ui.trace.TracePlayer;

/**
 * An explored run as the trace player shows it: a row per step taken (each opens into its kernel steps in
 * place), so a row and a state of the run are told apart, and which rows end in which state.
 */
final class RunInPlayer {
    private final TracePlayer player;
    private KernelTrace shown;
    private boolean loading;

    RunInPlayer(TracePlayer player) {
        this.player = player;
    }

    /**
     * Loads the run into the player and selects the last row that ends in the run's state at index
     * {@code select}; while it loads, {@link #isLoading} says so (its selection changes are not the user's).
     */
    void load(Naming naming, KernelTrace read, HandViolation violated, int select) {
        shown = read.folded();
        loading = true;
        try {
            player.load(shown, naming, violated == null ? null : violated.property(),
                    violated == null ? CauseAndEffect.NONE : violated.story());
            player.select(playerIndex(select));
        } finally {
            loading = false;
        }
    }

    boolean isLoading() {
        return loading;
    }

    /** Whether the player shows the run (not a check's trace loaded since). */
    boolean isShown() {
        return shown != null && player.traceProperty().get() == shown;
    }

    /** The index in the run of the state the selected row leads to, or -1 (no row, or the run not shown). */
    int selectedRunIndex() {
        int i = player.selectedIndexProperty().get();
        return i < 0 || !isShown() ? -1 : runIndex(i);
    }

    /**
     * The index in the run of the state the player's row i leads to: a row may be one of the run's steps
     * opened into its kernel steps, each of which names the run's state it belongs to.
     */
    int runIndex(int i) {
        return player.steps().get(i).tlcState() - 1;
    }

    /** The player's last row that ends in the run's state at index at. */
    int playerIndex(int at) {
        List<TraceStep> steps = player.steps();
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (steps.get(i).tlcState() - 1 <= at) {
                return i;
            }
        }
        return 0;
    }
}

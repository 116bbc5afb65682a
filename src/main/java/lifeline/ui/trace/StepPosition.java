package lifeline.ui.trace;

import java.util.function.BiFunction;
import lifeline.trace.KernelTrace;
import lifeline.trace.TraceStep;

/**
 * Where a {@link TracePlayer}'s selected step is, in words: the transport bar's position in its three
 * lengths and the canvas banner's caption. Derived from the player's state; holds none.
 */
public final class StepPosition {
    private StepPosition() {}

    /**
     * Where the selected step is in the trace, counted in kernel steps as its row is numbered: "Step 5 of 9", or
     * for a row of folded steps "Step 10\u201316 of 16"; empty with no step selected. The transport bar and the
     * canvas's banner both say it so.
     */
    public static String position(TracePlayer player) {
        return at(player, (step, of) -> "Step " + step + " of " + of);
    }

    /** {@link #position} in the fewest characters, for a bar with no room for words: "13–19/20". */
    public static String compactPosition(TracePlayer player) {
        return at(player, (step, of) -> step + "/" + of);
    }

    /** The selected step's numbers and the trace's count of kernel steps in these words; empty with none selected. */
    private static String at(TracePlayer player, BiFunction<String, Integer, String> words) {
        TraceStep s = player.selectedStepProperty().get();
        KernelTrace t = player.traceProperty().get();
        return s == null || t == null ? "" : words.apply(s.numberText(), t.kernelSteps().size());
    }

    /**
     * {@link #position} after the subject, if any: "Violation 2 of 5 \u00b7 Step 4 of 4"; empty with no step
     * selected.
     */
    public static String fullPosition(TracePlayer player) {
        String at = position(player);
        String subject = player.subjectProperty().get().name();
        return subject.isEmpty() || at.isEmpty() ? at : subject + " \u00b7 " + at;
    }

    /**
     * The selected step in a line, for the canvas: "Step 5 of 7: kworker/u:binder [47], file_free" (after a
     * check that found several violations: "Violation 2 of 5 · Step 4 of 4: ...").
     */
    public static String caption(TracePlayer player) {
        TraceStep s = player.selectedStepProperty().get();
        if (s == null) {
            return "";
        }
        String at = fullPosition(player);
        String step = s.isInitial() ? at + ": the initial state"
                : at + ": " + s.taskLabel() + ", " + StepText.function(s, player.namingProperty().get());
        return switch (player.inPlace(player.selectedIndexProperty().get())) {
            case OPEN -> step + "  \u25B8 open its " + s.parts().size() + " kernel steps";
            case FOLD -> step + "  \u25C2 fold";
            case NONE -> step;
        };
    }
}

package lifeline.ui.check;

import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import lifeline.tlc.TlcOptions;

/**
 * Edits the check preferences: TLC's workers, the time limit, TLC's heap, the detailed (literal) trace,
 * whether documents open with checking as you edit on, and its limit.
 */
public final class CheckPreferencesDialog extends Dialog<CheckPreferences> {
    private final Spinner<Integer> workers;
    private final Spinner<Integer> timeLimit;
    private final Spinner<Integer> heap;
    private final CheckBox detailed = new CheckBox("Detailed trace (literal model)");
    private final Spinner<Integer> liveLimit;
    private final CheckBox asYouEdit = new CheckBox("Check as you edit when a document opens");

    public CheckPreferencesDialog(CheckPreferences current) {
        setTitle("Check preferences");
        setHeaderText("How TLC runs the next check");
        int cores = Runtime.getRuntime().availableProcessors();
        workers = spinner(1, Math.max(cores, current.workers()), current.workers(), 1);
        timeLimit = spinner(0, 24 * 3600, current.timeLimitSeconds(), 10);
        heap = spinner(TlcOptions.MIN_HEAP_MB, CheckPreferences.MAX_HEAP_MB, current.heapMb(), 256);
        detailed.setSelected(current.detailedTrace());
        liveLimit = spinner(CheckPreferences.MIN_LIVE_LIMIT_MS, CheckPreferences.MAX_LIVE_LIMIT_MS,
                current.liveLimitMs(), 100);
        liveLimit.setId("live-limit");
        asYouEdit.setId("check-as-you-edit");
        asYouEdit.setSelected(current.checkAsYouEdit());
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label("TLC workers"), workers);
        workers.setTooltip(new javafx.scene.control.Tooltip("For models that are not small: a small model ("
                + lifeline.check.SmallModel.definition() + ") is checked with one worker, so its trace is the same "
                + "on every run."));
        grid.addRow(1, new Label("Time limit (s, 0 = none)"), timeLimit);
        grid.addRow(2, new Label("TLC heap (MB)"), heap);
        grid.add(detailed, 0, 3, 2, 1);
        Label hint = new Label("The detailed trace has one kernel step per trace step; checking it takes longer.");
        hint.setWrapText(true);
        hint.setMaxWidth(360);
        grid.add(hint, 0, 4, 2, 1);
        grid.add(asYouEdit, 0, 5, 2, 1);
        grid.addRow(6, new Label("Check as you edit up to (ms)"), liveLimit);
        Label liveHint = new Label("Checking as you edit turns itself off for a scenario whose check takes longer.");
        liveHint.setWrapText(true);
        liveHint.setMaxWidth(360);
        grid.add(liveHint, 0, 7, 2, 1);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().getStylesheets().add(CheckStyles.SHEET);
        setResultConverter(b -> b == ButtonType.OK ? read() : null);
    }

    private static Spinner<Integer> spinner(int min, int max, int value, int step) {
        Spinner<Integer> s = new Spinner<>(min, max, value, step);
        s.setEditable(true);
        s.setPrefWidth(120);
        return s;
    }

    /** The preferences as the fields say now. */
    CheckPreferences read() {
        return new CheckPreferences(workers.getValue(), timeLimit.getValue(), heap.getValue(), detailed.isSelected(),
                liveLimit.getValue(), asYouEdit.isSelected());
    }
}

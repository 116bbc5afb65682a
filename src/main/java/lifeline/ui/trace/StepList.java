package lifeline.ui.trace;

import javafx.collections.FXCollections;
import javafx.css.PseudoClass;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.layout.Priority;
import lifeline.trace.TraceStep;

/**
 * One row per step: number, task, kernel function, the step's part in the story (freed, used, lost here),
 * summary; the faulting step marked. A double click opens a folded step in place into its kernel steps, or
 * folds them back.
 */
public final class StepList extends ListView<TraceStep> implements PlayerView {
    private static final PseudoClass FAULT = PseudoClass.getPseudoClass("fault");
    private final TracePlayer player;
    private final WhenShown follow = new WhenShown(this::showSelected);
    private boolean syncing;

    public StepList(TracePlayer player) {
        this.player = player;
        TraceStyles.addTo(this, "step-list");
        setPlaceholder(new Label("No trace: check a scenario that has a violation."));
        setCellFactory(v -> new StepCell());
        player.traceProperty().addListener((o, a, t) -> {
            syncing = true;
            setItems(t == null ? FXCollections.observableArrayList() : FXCollections.observableList(t.steps()));
            syncing = false;
            follow.request();
        });
        player.selectedIndexProperty().addListener((o, a, i) -> follow.request());
        setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                player.toggleInPlace(player.selectedIndexProperty().get());
            }
        });
        getSelectionModel().selectedIndexProperty().addListener((o, a, i) -> {
            if (!syncing && i.intValue() >= 0 && i.intValue() != player.selectedIndexProperty().get()) {
                player.select(i.intValue());
            }
        });
    }

    @Override
    public void setShowing(boolean showing) {
        follow.setShowing(showing);
    }

    private void showSelected() {
        int i = player.selectedIndexProperty().get();
        if (i < 0 || i == getSelectionModel().getSelectedIndex()) {
            return;
        }
        syncing = true;
        getSelectionModel().clearAndSelect(i);
        syncing = false;
        if (!isShown(i)) {
            scrollTo(Math.max(0, i - 2));
        }
    }

    private boolean isShown(int i) {
        VirtualFlow<?> flow = (VirtualFlow<?>) lookup(".virtual-flow");
        if (flow == null) {
            return false;
        }
        IndexedCell<?> first = flow.getFirstVisibleCell();
        IndexedCell<?> last = flow.getLastVisibleCell();
        return first != null && last != null && i > first.getIndex() && i < last.getIndex();
    }

    /** A chip naming what a step does in the violation's story: "freed here", "used here", "lost here". */
    public static Label roleChip(String role) {
        Label chip = new Label(role);
        chip.getStylesheets().add(TraceStyles.SHEET);
        chip.getStyleClass().addAll("story-chip", "story-" + role.replace(' ', '-'));
        chip.setMinWidth(Label.USE_PREF_SIZE);
        return chip;
    }

    /** A chip next to "lost here" naming what still holds the leak: "held by tgid 1200 (mediaserver)". */
    public static Label heldChip(String holder) {
        Label chip = new Label("held by " + holder);
        chip.getStylesheets().add(TraceStyles.SHEET);
        chip.getStyleClass().addAll("story-chip", "story-held");
        chip.setMinWidth(Label.USE_PREF_SIZE);
        return chip;
    }

    private final class StepCell extends ListCell<TraceStep> {
        private final Label badge = label("step-badge");
        private final Label number = label("step-number");
        private final Label task = label("step-task");
        private final Label function = label("step-function");
        private final Label summary = label("step-summary");
        private final HBox roles = new HBox(4);
        private final HBox row = new HBox(8, badge, number, task, function, roles, summary);
        private final HBox held = new HBox(4);
        private final VBox box = new VBox(1, row, held);
        private final Tooltip tip = new Tooltip();

        StepCell() {
            // As wide as the list, never wider: the summary gives way (ending in "..."), so a row's chips stay
            // in view without scrolling sideways.
            setPrefWidth(0);
            held.getStyleClass().add("step-held");
            HBox.setHgrow(summary, Priority.ALWAYS);
            summary.setMinWidth(0);
            summary.setPrefWidth(120);
            summary.setMaxWidth(Double.MAX_VALUE);
            function.getStyleClass().add("mono");
            tip.setWrapText(true);
            tip.setMaxWidth(700);
        }

        private Label label(String style) {
            Label l = new Label();
            l.getStyleClass().add(style);
            return l;
        }

        @Override
        protected void updateItem(TraceStep s, boolean empty) {
            super.updateItem(s, empty);
            pseudoClassStateChanged(FAULT, !empty && s != null && player.isFaulting(getIndex()));
            if (empty || s == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            boolean fault = player.isFaulting(getIndex());
            badge.setText(fault ? "!" : "");
            number.setText(s.isFolded() ? "\u25B8 " + s.numberText() : s.numberText());
            roles.getChildren().setAll(player.rolesAt(getIndex()).stream().map(StepList::roleChip).toList());
            held.getChildren().clear();
            if (player.rolesAt(getIndex()).contains(TracePlayer.LOST_HERE)) {
                player.story().heldBriefly(player.namingProperty().get()).forEach(h -> held.getChildren()
                        .add(heldChip(h)));
            }
            held.setVisible(!held.getChildren().isEmpty());
            held.setManaged(held.isVisible());
            task.setText(StepText.task(s));
            function.setText(StepText.function(s, player.namingProperty().get()));
            summary.setText(StepText.summary(s));
            String held = player.rolesAt(getIndex()).contains(TracePlayer.LOST_HERE) ? player.story().holder() : "";
            tip.setText(held.isEmpty() ? s.summary() : s.summary() + "\nstill held: " + held);
            setTooltip(tip);
            setGraphic(box);
        }
    }
}

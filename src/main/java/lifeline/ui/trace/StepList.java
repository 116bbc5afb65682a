package lifeline.ui.trace;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.css.PseudoClass;
import javafx.scene.Node;
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
    private static final String HELD_STYLE = "story-held";
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
        return withSheet(bareRoleChip(role));
    }

    /** A chip next to "lost here" naming what still holds the leak: "held by tgid 1200 (mediaserver)". */
    public static Label heldChip(String holder) {
        return withSheet(chip(heldText(holder), HELD_STYLE));
    }

    private static Label bareRoleChip(String role) {
        return chip(role, "story-" + role.replace(' ', '-'));
    }

    private static String heldText(String holder) {
        return "held by " + holder;
    }

    /** For a chip shown outside the player's views, which carry the sheet themselves. */
    private static Label withSheet(Label chip) {
        chip.getStylesheets().add(TraceStyles.SHEET);
        return chip;
    }

    private static Label chip(String text, String style) {
        Label chip = new Label(text);
        chip.getStyleClass().addAll("story-chip", style);
        chip.setMinWidth(Label.USE_PREF_SIZE);
        return chip;
    }

    /**
     * Shows or hides node, taking it out of its row's layout while hidden; true when that changed. The cells
     * keep their nodes: a node made anew for each row cost JavaFX a CSS set-up at every check and scroll.
     */
    private static boolean show(Node node, boolean shown) {
        if (node.isVisible() == shown) {
            return false;
        }
        node.setVisible(shown);
        node.setManaged(shown);
        return true;
    }

    /** A row, whose nodes are made once per cell and only updated as the cell shows another step. */
    private final class StepCell extends ListCell<TraceStep> {
        private final Label badge = label("step-badge");
        private final Label number = label("step-number");
        private final Label task = label("step-task");
        private final Label function = label("step-function");
        private final Label summary = label("step-summary");
        private final Label freed = bareRoleChip(TracePlayer.FREED_HERE);
        private final Label used = bareRoleChip(TracePlayer.USED_HERE);
        private final Label lost = bareRoleChip(TracePlayer.LOST_HERE);
        private final HBox roles = new HBox(4, freed, used, lost);
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
            show(freed, false);
            show(used, false);
            show(lost, false);
            show(held, false);
            setTooltip(tip);
            setGraphic(box);
        }

        private Label label(String style) {
            Label l = new Label();
            l.getStyleClass().add(style);
            return l;
        }

        @Override
        protected void updateItem(TraceStep s, boolean empty) {
            super.updateItem(s, empty);
            boolean filled = !empty && s != null;
            boolean fault = filled && player.isFaulting(getIndex());
            pseudoClassStateChanged(FAULT, fault);
            // Only hidden, never taken out of the cell's layout: a ListCell's skin drops a graphic that is not
            // managed from its children and does not put it back, so a row emptied by one check stayed blank
            // in the next.
            box.setVisible(filled);
            setTooltip(filled ? tip : null);
            if (!filled) {
                return;
            }
            badge.setText(fault ? "!" : "");
            number.setText(s.isFolded() ? "\u25B8 " + s.numberText() : s.numberText());
            List<String> r = player.rolesAt(getIndex());
            boolean lostHere = r.contains(TracePlayer.LOST_HERE);
            boolean moved = show(freed, r.contains(TracePlayer.FREED_HERE))
                    | show(used, r.contains(TracePlayer.USED_HERE)) | show(lost, lostHere)
                    | showHolders(lostHere ? player.story().heldBriefly(player.namingProperty().get()) : List.of());
            task.setText(StepText.task(s));
            function.setText(StepText.function(s, player.namingProperty().get()));
            summary.setText(StepText.summary(s));
            String holder = lostHere ? player.story().holder() : "";
            tip.setText(holder.isEmpty() ? s.summary() : s.summary() + "\nstill held: " + holder);
            if (moved) {
                // Chips shown or hidden change the row's layout: the cell asks for it itself, as its content
                // changes (a kept node is not laid out anew as an added one is).
                requestLayout();
            }
        }

        /** The second line under "lost here", one chip per holder; its chips are kept and reused. */
        private boolean showHolders(List<String> holders) {
            List<Node> chips = held.getChildren();
            while (chips.size() < holders.size()) {
                chips.add(chip("", HELD_STYLE));
            }
            boolean moved = show(held, !holders.isEmpty());
            for (int i = 0; i < chips.size(); i++) {
                Label c = (Label) chips.get(i);
                moved |= show(c, i < holders.size());
                if (i < holders.size()) {
                    c.setText(heldText(holders.get(i)));
                }
            }
            return moved;
        }
    }
}

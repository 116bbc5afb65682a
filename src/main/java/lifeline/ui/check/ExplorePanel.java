package lifeline.ui.check;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import lifeline.explore.Choice;
import lifeline.explore.HandViolation;
import lifeline.trace.TraceStep;

/**
 * The Explore tab: where to start, the steps each task could take from the player's selected step
 * (double-click or Enter takes one), run on at random, continue as a check, and the violation the
 * run shows, reported as a check reports it.
 */
public final class ExplorePanel extends VBox {
    private final ExploreSession session;
    private final ListView<Choice> list = new ListView<>();
    private final Label status = new Label();
    private final Label violation = new Label();

    public ExplorePanel(ExploreSession session) {
        this.session = session;
        getStyleClass().add("explore-panel");
        setSpacing(6);
        status.setId("explore-status");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE); // wrap, not cut
        violation.setMinHeight(Region.USE_PREF_SIZE);
        status.textProperty().bind(session.statusProperty());
        violation.setId("explore-violation");
        violation.getStyleClass().add("explore-violation");
        violation.setWrapText(true);
        session.violationProperty().addListener((o, a, v) -> showViolation(v));
        showViolation(session.violationProperty().get());
        list.setId("explore-choices");
        list.setItems(session.choices());
        list.setCellFactory(v -> new ChoiceCell());
        list.setPlaceholder(new Label("No step to take: every task is idle, or no run is being explored."));
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                takeSelected();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                takeSelected();
                e.consume();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(buttons(), status, violation, list);
    }

    private FlowPane buttons() {
        Button fromStart = button("explore-start", "Explore from the start",
                "Start a run of your own at the scenario's initial state.", session::exploreFromStart);
        Button fromHere = button("explore-here", "Explore from here",
                "Start a run of your own from the selected step of the trace shown.", session::exploreFromHere);
        Button take = button("explore-take", "Take step", "Take the step chosen in the list (or double-click it).",
                this::takeSelected);
        Button random = button("explore-random", "Run on at random",
                "From the selected step, steps picked at random until every task is idle.", session::runOnAtRandom);
        Button check = button("explore-check", "Continue as a check",
                "Check everything reachable from the selected step: the shortest violation, if any.",
                session::continueAsCheck);
        Button replay = button("explore-replay", "Replay on this scenario",
                "After Apply fix: the same choices on the scenario as it is now, and where the runs part.",
                session.compare()::replayOnCurrentScenario);
        replay.disableProperty().bind(session.busyProperty().or(session.runProperty().isNull()));
        take.disableProperty().bind(session.busyProperty().or(session.exploringProperty().not())
                .or(list.getSelectionModel().selectedItemProperty().isNull()));
        random.disableProperty().bind(session.busyProperty().or(session.exploringProperty().not()));
        check.disableProperty().bind(random.disableProperty());
        fromStart.disableProperty().bind(session.busyProperty());
        fromHere.disableProperty().bind(session.busyProperty());
        return new FlowPane(6, 6, fromStart, fromHere, take, random, check, replay);
    }

    private static Button button(String id, String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    private void takeSelected() {
        Choice c = list.getSelectionModel().getSelectedItem();
        if (c != null) {
            session.choose(c);
        }
    }

    private void showViolation(HandViolation v) {
        violation.setText(v == null ? "" : v.property().tlaName() + " is violated here: "
                + v.report().lines().findFirst().orElse("") + " (full report in the Report tab)");
        violation.setVisible(v != null);
        violation.setManaged(v != null);
    }

    /** One choice: who moves, the kernel functions, what changes, and a mark when it faults at once. */
    private static final class ChoiceCell extends ListCell<Choice> {
        ChoiceCell() {
            setWrapText(true);
            setPrefWidth(0); // wrap to the list's width instead of widening it
        }

        @Override
        protected void updateItem(Choice c, boolean empty) {
            super.updateItem(c, empty);
            getStyleClass().remove("faults-at-once");
            if (empty || c == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            TraceStep s = c.step();
            setText((c.faultsAtOnce() ? "\u26a0 " : "") + s.summary());
            setTooltip(new Tooltip(String.join(" \u2192 ", s.backtrace())));
            if (c.faultsAtOnce()) {
                getStyleClass().add("faults-at-once");
            }
        }
    }
}

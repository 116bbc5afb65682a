package lifeline.ui.check;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import lifeline.explore.Replay;
import lifeline.trace.Call;
import lifeline.trace.Naming;
import lifeline.trace.TraceStep;
import lifeline.ui.trace.StepText;

/**
 * The Compare tab: a run and its replay on the fixed scenario side by side, aligned by the user's choices
 * (a row per choice: the task that moved, the kernel functions it ran before the fix and after it), the row
 * where the runs part marked; a click on a row shows that step in the player, and a button switches the
 * player between the run before the fix and the replayed one.
 */
public final class ComparePanel extends VBox {
    static final String PARTS = "runs-part";
    static final String PARTED = "runs-parted";

    private final ExploreSession session;
    private final CompareSession compare;
    private final TableView<Replay.Compared> table = new TableView<>();
    private final Label title = new Label();
    private final Button switchRuns = new Button();
    private boolean syncing;

    public ComparePanel(ExploreSession session) {
        this.session = session;
        this.compare = session.compare();
        getStyleClass().add("compare-panel");
        setSpacing(6);
        title.setId("compare-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        switchRuns.setId("compare-switch");
        switchRuns.setOnAction(e -> compare.showOtherRun());
        switchRuns.disableProperty().bind(session.busyProperty().or(compare.replayProperty().isNull()));
        switchRuns.textProperty().bind(javafx.beans.binding.Bindings.when(compare.showingOriginalProperty())
                .then("Show the fixed run").otherwise("Show the bug run"));
        switchRuns.setTooltip(new Tooltip("Show the other run in the player (and explore on from it)."));
        switchRuns.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(8, switchRuns, title);
        HBox.setHgrow(title, Priority.ALWAYS);
        table.setId("compare-table");
        table.setPlaceholder(new Label("No replay yet: explore a run, Apply fix, then Replay on this scenario"
                + " (Explore tab)."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.getColumns().setAll(List.of(
                column("Step", 44, this::number),
                column("Task", 110, c -> c.original().isInitial() ? "" : c.original().taskLabel()),
                column("Before the fix", 340, this::before),
                column("After the fix", 340, this::after)));
        table.getColumns().get(0).setMinWidth(44);
        table.getColumns().get(0).setMaxWidth(56);
        table.setRowFactory(t -> new CompareRow());
        table.getSelectionModel().selectedIndexProperty().addListener((o, a, i) -> {
            if (!syncing && i.intValue() >= 0) {
                session.selectRunStep(i.intValue());
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(top, table);
        compare.replayProperty().addListener((o, a, r) -> showReplay(r));
        showReplay(compare.replayProperty().get());
    }

    /** Keeps the table's row on the player's step (the player may be moved by its own controls). */
    void followPlayer() {
        int at = session.selectedRunStep();
        syncing = true;
        if (at >= 0 && at < table.getItems().size()) {
            table.getSelectionModel().select(at);
            table.scrollTo(Math.max(0, at - 2));
        } else {
            table.getSelectionModel().clearSelection();
        }
        syncing = false;
    }

    private void showReplay(Replay r) {
        table.getItems().setAll(r == null ? List.of() : r.steps());
        title.setText(r == null ? "" : ReplayText.of(r) + (r.partsAt() < 0 ? "" : " [ ]: a call only that run makes."));
        table.refresh();
    }

    private Naming naming(boolean original) {
        Replay r = compare.replayProperty().get();
        return r == null ? null : original ? r.originalNaming() : r.naming();
    }

    /**
     * Each kernel function the step ran, in order, in the driver's names; a call only this side makes (where the
     * runs part) is in brackets with its caller: "filp_close, [locust_flush > kfree], fput".
     */
    static String functions(TraceStep s, List<Call> onlyHere, Naming n) {
        if (s.isInitial()) {
            return "(initial state)";
        }
        List<Call> differing = new java.util.ArrayList<>(onlyHere);
        StringBuilder b = new StringBuilder();
        for (Call c : s.calls()) {
            String f = differing.remove(c) ? "[" + ReplayText.calls(List.of(c), n) + "]"
                    : last(n == null ? c.backtrace() : n.functions(c.backtrace(), c.object()));
            b.append(b.length() == 0 ? "" : ", ").append(f);
        }
        return b.length() == 0 ? StepText.function(s, n) : b.toString();
    }

    private static String last(List<String> frames) {
        return frames.isEmpty() ? "" : frames.get(frames.size() - 1);
    }

    private TableColumn<Replay.Compared, String> column(String name, double width,
                                                       Function<Replay.Compared, String> text) {
        TableColumn<Replay.Compared, String> c = new TableColumn<>(name);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(text.apply(f.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            private final Label wrapped = new Label();

            {
                wrapped.setWrapText(true);
                wrapped.setMinHeight(Region.USE_PREF_SIZE);
                wrapped.prefWidthProperty().bind(col.widthProperty().subtract(10));
                wrapped.getStyleClass().add("compare-text");
                setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
            }

            @Override
            protected double computePrefHeight(double width) { // as tall as the wrapped text
                return getGraphic() == null ? super.computePrefHeight(width)
                        : wrapped.prefHeight(col.getWidth() - 10) + snappedTopInset() + snappedBottomInset();
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                wrapped.setText(empty ? null : item);
                setGraphic(empty ? null : wrapped);
                Replay.Compared row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setTooltip(row == null ? null : new Tooltip(summaries(row)));
            }
        });
        return c;
    }

    private static String summaries(Replay.Compared c) {
        return "Before the fix: " + c.original().summary() + "\nAfter the fix: "
                + c.replayed().map(TraceStep::summary).orElse("the task cannot move");
    }

    /** A row marked where the runs part, and after. */
    private final class CompareRow extends TableRow<Replay.Compared> {
        @Override
        protected void updateItem(Replay.Compared c, boolean empty) {
            super.updateItem(c, empty);
            getStyleClass().removeAll(PARTS, PARTED);
            Replay r = compare.replayProperty().get();
            if (!empty && c != null && r != null && r.partsAt() >= 0) {
                int i = getIndex();
                if (i == r.partsAt()) {
                    getStyleClass().add(PARTS);
                } else if (i > r.partsAt()) {
                    getStyleClass().add(PARTED);
                }
            }
        }
    }

    /** For tests: the rows, one per choice of the run. */
    public TableView<Replay.Compared> table() {
        return table;
    }

    /** The step's number, marked where the runs part. */
    private String number(Replay.Compared c) {
        int i = table.getItems().indexOf(c);
        Replay r = compare.replayProperty().get();
        return (i + 1) + (r != null && r.partsAt() == i ? " \u2260" : "");
    }

    private String before(Replay.Compared c) {
        return functions(c.original(), c.onlyOriginal(), naming(true));
    }

    private String after(Replay.Compared c) {
        return c.replayed().map(s -> functions(s, c.onlyReplayed(), naming(false))).orElse("\u2014 cannot move");
    }

    /** For tests: the text a row shows in the columns before and after the fix. */
    public List<String> rowText(int i) {
        Replay.Compared c = table.getItems().get(i);
        return List.of(before(c), after(c));
    }
}

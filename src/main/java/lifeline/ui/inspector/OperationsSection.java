package lifeline.ui.inspector;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import lifeline.edit.MoveOperation;
import lifeline.edit.SetOperations;
import lifeline.edit.SetOrder;
import lifeline.model.FdLink;
import lifeline.model.FputBalance;
import lifeline.model.Operation;
import lifeline.model.OperationOrder;
import lifeline.model.ProcessNode;
import lifeline.model.Scenario;
import lifeline.model.ScenarioValidator;

/**
 * What a process does (kernel-model §6): its order (program or any), the list, with a remove button per
 * operation and, in program order, a number (a handle to drag it by) and up/down buttons per operation,
 * and a row that adds "close fd N", "wake fd N" or "ioctl fd N (balance)" on one of its fds. Every change
 * is one command.
 */
final class OperationsSection extends VBox {
    /** The kinds of operation, as the add row offers them. */
    enum Kind {
        CLOSE("close", "close(fd): sys_close, or the close hook when the process has one"),
        WAKE("wake", "a driver event does wake_up on the wait queue of the file on the fd"),
        IOCTL("ioctl", "ioctl(fd): fget, read private_data and the device, then fput as the balance says");

        final String words;
        final String hint;

        Kind(String words, String hint) {
            this.words = words;
            this.hint = hint;
        }
    }

    private static final double FD_MIN_WIDTH = 72;
    private final InspectorModel model;
    private final String process;
    private final ChoiceField<OperationOrder> order;
    private final VBox list = new VBox();
    private final OperationDrag drag = new OperationDrag(list.getChildren(), this::move);
    private final ChoiceField<Kind> kind;
    private final ComboBox<Integer> fd = new ComboBox<>();
    private final ChoiceField<FputBalance> balance;
    private final Button add = new Button("Add");
    private final Label why = Form.hint("");
    private Scenario scenario;
    private List<Operation> shown;
    private OperationOrder shownOrder;

    OperationsSection(InspectorModel model, String process) {
        this.model = model;
        this.process = process;
        getStyleClass().add("operations");
        order = new ChoiceField<>("op-order", "The order the process runs its operations in", KernelWords::order,
                KernelWords::orderHint, o -> model.scenario().process(process).isPresent()
                        && model.execute(new SetOrder(process, o)));
        list.getStyleClass().add("operation-list");
        kind = new ChoiceField<>("op-kind", "What the new operation does", k -> k.words, k -> k.hint, k -> {
            refreshAddRow();
            return true;
        });
        balance = new ChoiceField<>("op-balance", "How the ioctl pairs its fget with fput", KernelWords::balance,
                KernelWords::balanceHint, b -> {
                    refreshAddRow();
                    return true;
                });
        kind.show(List.of(Kind.values()), Kind.CLOSE);
        balance.show(List.of(FputBalance.values()), FputBalance.BALANCED);
        fd.setId("op-fd");
        fd.setTooltip(new Tooltip("The fd of this process the operation acts on"));
        fd.setConverter(new FdWords());
        fd.setCellFactory(v -> new FdCell());
        fd.valueProperty().addListener((o, was, now) -> refreshAddRow());
        add.setId("op-add");
        add.setTooltip(new Tooltip("Add the operation at the end of the list"));
        add.setOnAction(e -> addOperation());
        Label fdLabel = Form.caption("fd", "The fd of this process the operation acts on");
        HBox first = new HBox(6, kind.view(), fdLabel, fd);
        first.setAlignment(Pos.CENTER_LEFT);
        // The kind keeps its word ("close", never "cl..."); the fd gives way, its number first, and its list
        // shows the file whole.
        kind.view().setMinWidth(Region.USE_PREF_SIZE);
        fd.setMinWidth(FD_MIN_WIDTH);
        fd.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(fd, Priority.ALWAYS);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox second = new HBox(6, balance.view(), gap, add);
        second.setAlignment(Pos.CENTER_LEFT);
        VBox addRow = new VBox(4, first, second, why);
        addRow.getStyleClass().add("operation-add");
        getChildren().addAll(order.view(), list, addRow);
    }

    void show(Scenario s, ProcessNode p) {
        scenario = s;
        order.show(List.of(OperationOrder.values()), p.order());
        if (!p.operations().equals(shown) || p.order() != shownOrder) {
            shown = p.operations();
            shownOrder = p.order();
            list.getChildren().clear();
            for (int i = 0; i < shown.size(); i++) {
                list.getChildren().add(row(i, shown.get(i)));
            }
            if (shown.isEmpty()) {
                list.getChildren().add(Form.hint("None: the process only exits, if it exits."));
            }
        }
        refreshFiles(s);
        fd.setConverter(new FdWords());
        refreshAddRow();
    }

    private HBox row(int index, Operation op) {
        Label words = new Label(KernelWords.operation(op));
        words.getStyleClass().add("operation");
        words.setTooltip(new Tooltip(KernelWords.operationHint(op)));
        words.setMinWidth(Region.USE_PREF_SIZE);
        Label file = new Label();
        file.getStyleClass().addAll("hint", "operation-file");
        file.setUserData(index);
        file.setMinWidth(0);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(6, words, file, gap);
        if (shownOrder == OperationOrder.PROGRAM) {
            Label step = new Label((index + 1) + ".");
            step.getStyleClass().addAll("hint", "operation-step");
            step.setId("op-step-" + index);
            step.setMinWidth(Region.USE_PREF_SIZE);
            drag.attach(step, index);
            row.getChildren().add(0, step);
            row.getChildren().addAll(moveButton(index, -1), moveButton(index, 1));
        }
        row.getChildren().add(Links.remove("remove-op-" + index,
                "Remove " + KernelWords.operation(op) + " from this process's operations", () -> remove(index)));
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("operation-row");
        return row;
    }

    /** The up (-1) or down (+1) button of a row in program order: one MoveOperation. */
    private Button moveButton(int index, int by) {
        Button b = new Button(by < 0 ? "\u2191" : "\u2193");
        b.setId((by < 0 ? "op-up-" : "op-down-") + index);
        b.getStyleClass().add("move-button");
        b.setMnemonicParsing(false);
        b.setFocusTraversable(false);
        b.setTooltip(new Tooltip(by < 0 ? "Run this operation one step earlier" : "Run this operation one step later"));
        int to = index + by;
        b.setDisable(to < 0 || to >= shown.size());
        b.setOnAction(e -> move(index, to));
        return b;
    }

    private void move(int from, int to) {
        if (to >= 0 && to < shown.size() && model.scenario().process(process).isPresent()) {
            model.execute(new MoveOperation(process, from, to));
        }
    }

    /** The file each listed operation's fd points at, which a canvas edit may have changed. */
    private void refreshFiles(Scenario s) {
        for (Node n : list.lookupAll(".operation-file")) {
            Label file = (Label) n;
            int index = (Integer) file.getUserData();
            int closedAt = closedBefore(index);
            file.setText(closedAt < 0 ? "\u2192 " + fileLabel(s, shown.get(index).fd()) : "EBADF");
            file.setTooltip(closedAt < 0 ? null : new Tooltip("fd " + shown.get(index).fd() + " is closed at "
                    + (closedAt + 1) + ".: this operation returns EBADF and does nothing"));
        }
    }

    /** In program order, the index of an earlier close of the fd of the operation at {@code index}; else -1. */
    private int closedBefore(int index) {
        int fd = shown.get(index).fd();
        for (int i = 0; i < index && shownOrder == OperationOrder.PROGRAM; i++) {
            if (shown.get(i) instanceof Operation.Close && shown.get(i).fd() == fd) {
                return i;
            }
        }
        return -1;
    }

    private void refreshAddRow() {
        if (scenario == null) {
            return;
        }
        Kind k = kind.view().getValue();
        List<Integer> fds = scenario.fdsOf(process)
                .filter(l -> k != Kind.WAKE || scenario.file(l.file()).filter(f -> f.pollable()).isPresent())
                .map(FdLink::fd).sorted(Comparator.naturalOrder()).toList();
        Integer chosen = fd.getValue();
        if (!fd.getItems().equals(fds)) {
            fd.getItems().setAll(fds);
        }
        if (chosen == null || !fds.contains(chosen)) {
            fd.setValue(fds.isEmpty() ? null : fds.get(0));
        }
        boolean ioctl = k == Kind.IOCTL;
        balance.view().setVisible(ioctl);
        balance.view().setManaged(ioctl);
        String reason = whyNot(fds);
        why.setText(reason == null ? "" : reason);
        why.setVisible(reason != null);
        why.setManaged(reason != null);
        add.setDisable(reason != null);
        fd.setDisable(fds.isEmpty());
    }

    /** Why the add row cannot add its operation now, or null. */
    private String whyNot(List<Integer> fds) {
        if (fds.isEmpty()) {
            return kind.view().getValue() == Kind.WAKE
                    ? "No fd of this process holds a file with a wait queue (a pollable driver or an epoll)."
                    : "No fds: draw an fd edge from this process to a file first.";
        }
        if (shown.size() >= ScenarioValidator.MAX_OPERATIONS_PER_PROCESS) {
            return "Lifeline checks at most " + ScenarioValidator.MAX_OPERATIONS_PER_PROCESS
                    + " operations per process.";
        }
        Operation op = pending();
        if (op != null && shown.contains(op) && shownOrder == OperationOrder.ANY) {
            return KernelWords.operation(op) + " is already listed; in any order each operation runs once.";
        }
        return null;
    }

    /** The operation the add row describes, or null when it has no fd. */
    private Operation pending() {
        Integer n = fd.getValue();
        if (n == null) {
            return null;
        }
        switch (kind.view().getValue()) {
            case WAKE: return new Operation.Wake(n);
            case IOCTL: return new Operation.Ioctl(n, balance.view().getValue());
            default: return new Operation.Close(n);
        }
    }

    private void addOperation() {
        Operation op = pending();
        if (op == null || shown.contains(op) && shownOrder == OperationOrder.ANY) {
            return;
        }
        List<Operation> ops = new ArrayList<>(shown);
        ops.add(op);
        edit(ops);
    }

    private void remove(int index) {
        if (index < shown.size()) {
            List<Operation> ops = new ArrayList<>(shown);
            ops.remove(index);
            edit(ops);
        }
    }

    private void edit(List<Operation> ops) {
        if (model.scenario().process(process).isPresent()) {
            model.execute(new SetOperations(process, ops));
        }
    }

    private String fileLabel(Scenario s, int n) {
        return s.fileAt(process, n).flatMap(s::node).map(KernelWords::label).orElse("(closed)");
    }

    /** "3 → /dev/pmem": the fd and the file it points at. */
    private final class FdWords extends StringConverter<Integer> {
        @Override
        public String toString(Integer n) {
            if (n == null) {
                return "";
            }
            return scenario == null ? String.valueOf(n) : n + " \u2192 " + fileLabel(scenario, n);
        }

        @Override
        public Integer fromString(String s) {
            return Inputs.number(s);
        }
    }

    private final class FdCell extends ListCell<Integer> {
        private final FdWords words = new FdWords();

        @Override
        protected void updateItem(Integer n, boolean empty) {
            super.updateItem(n, empty);
            setText(empty ? null : words.toString(n));
        }
    }
}

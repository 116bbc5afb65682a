package lifeline.ui.canvas.skin;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import lifeline.model.InitialCounts;
import lifeline.model.Operation;
import lifeline.model.OperationOrder;
import lifeline.model.ProcessNode;
import lifeline.model.Scenario;

/**
 * A process: a rounded box with a header (name, tgid), whether it exits, files_struct.count, its operations:
 * numbered in program order ({@code 1 ioctl(3, balanced)  2 close(3)}), under "any order" otherwise.
 */
public final class ProcessSkin extends NodeSkin<ProcessNode, ProcessSkin.Facts> {

    record Facts(String title, int tgid, boolean exits, int filesCount, boolean inOrder, List<String> ops) {}

    public ProcessSkin(String id) {
        super(ProcessNode.class, id, "process-skin", "PROCESS");
    }

    @Override
    protected Facts factsOf(Scenario s, ProcessNode p) {
        return new Facts(label(p), p.tgid(), p.exits(), InitialCounts.filesCount(s, p.id()),
                p.order() == OperationOrder.PROGRAM, p.operations().stream().map(Operation::label).toList());
    }

    @Override
    protected void render(Facts f) {
        setTitle(f.title());
        setTag("tgid " + f.tgid());
        List<Node> rows = new ArrayList<>();
        rows.add(badgeRow(List.of(f.exits() ? Badge.info("exits") : Badge.info("keeps running"),
                Badge.info("files_struct.count " + f.filesCount()))));
        if (f.ops().isEmpty()) {
            rows.add(Badge.line(f.exits() ? "no operations, then exit" : "no operations", "node-muted"));
        } else {
            rows.add(operations(f.inOrder(), f.ops()));
        }
        setRows(rows);
    }

    private static FlowPane operations(boolean inOrder, List<String> ops) {
        FlowPane flow = new FlowPane();
        flow.getStyleClass().add("node-operations");
        flow.setPrefWrapLength(170);
        if (!inOrder) {
            Label any = new Label("any order:");
            any.getStyleClass().add("node-order");
            flow.getChildren().add(any);
        }
        for (int i = 0; i < ops.size(); i++) {
            Label l = new Label(inOrder ? (i + 1) + " " + ops.get(i) : ops.get(i));
            l.getStyleClass().add("node-operation");
            flow.getChildren().add(l);
        }
        return flow;
    }
}

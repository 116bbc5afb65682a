package lifeline.ui.canvas.skin;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import lifeline.model.InitialCounts;
import lifeline.model.Operation;
import lifeline.model.ProcessNode;
import lifeline.model.Scenario;

/** A process: a rounded box with a header (name, tgid), whether it exits, files_struct.count, its operations. */
public final class ProcessSkin extends NodeSkin<ProcessNode, ProcessSkin.Facts> {

    record Facts(String title, int tgid, boolean exits, int filesCount, List<String> ops) {}

    public ProcessSkin(String id) {
        super(ProcessNode.class, id, "process-skin", "PROCESS");
    }

    @Override
    protected Facts factsOf(Scenario s, ProcessNode p) {
        return new Facts(label(p), p.tgid(), p.exits(), InitialCounts.filesCount(s, p.id()),
                p.operations().stream().map(Operation::label).toList());
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
            rows.add(operations(f.ops()));
        }
        setRows(rows);
    }

    private static FlowPane operations(List<String> ops) {
        FlowPane flow = new FlowPane();
        flow.getStyleClass().add("node-operations");
        flow.setPrefWrapLength(170);
        for (String op : ops) {
            Label l = new Label(op);
            l.getStyleClass().add("node-operation");
            flow.getChildren().add(l);
        }
        return flow;
    }
}

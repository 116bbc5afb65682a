package lifeline.ui.inspector;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import lifeline.edit.NodeKind;
import lifeline.model.Node;
import lifeline.model.Scenario;

/** Several selected objects: how many, of which kinds, and each one as a link that selects it alone. */
final class SelectionPanel extends Panel {
    private final List<String> ids;
    private final Label count = header("");
    private final Label kinds = Form.hint("");
    private final VBox list = new VBox(2);

    SelectionPanel(InspectorModel model, List<String> ids) {
        super(model);
        this.ids = List.copyOf(ids);
        count.setId("selection-count");
        getChildren().addAll(count, kinds);
        section("Selected", "Click one to inspect it alone").row(list);
    }

    @Override
    void show(Scenario s) {
        List<Node> nodes = ids.stream().map(s::node).flatMap(java.util.Optional::stream).toList();
        count.setText(nodes.size() + " objects selected");
        Map<NodeKind, Long> byKind = new LinkedHashMap<>();
        for (NodeKind k : NodeKind.values()) {
            long n = nodes.stream().filter(x -> NodeKind.of(x) == k).count();
            if (n > 0) {
                byKind.put(k, n);
            }
        }
        kinds.setText(byKind.entrySet().stream().map(e -> plural(e.getValue(), e.getKey().noun()))
                .collect(Collectors.joining(", ")));
        list.getChildren().clear();
        for (Node n : nodes) {
            Label kind = Form.hint(NodeKind.of(n).noun());
            HBox row = new HBox(6, Links.to(model, n), kind);
            row.setAlignment(Pos.CENTER_LEFT);
            list.getChildren().add(row);
        }
    }

    private static String plural(long n, String noun) {
        return n + " " + (n == 1 ? noun : noun.endsWith("s") ? noun + "es" : noun + "s");
    }
}

package lifeline.ui.inspector;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import lifeline.edit.Disconnect;
import lifeline.edit.Edge;
import lifeline.edit.SetFdNumber;
import lifeline.model.FdLink;
import lifeline.model.Node;
import lifeline.model.Scenario;

/**
 * A process's fd table: fd number -> file. The number is edited in place (as dup2 and close would move it),
 * and a slot is removed with its close button. Rows are kept per slot, so typing in one survives a refresh.
 */
final class FdTableSection extends VBox {
    private final InspectorModel model;
    private final String process;
    private final Map<FdLink, Row> rows = new LinkedHashMap<>();
    private final Label empty = Form.hint("No fds: draw an fd edge from this process to a file on the canvas.");

    FdTableSection(InspectorModel model, String process) {
        this.model = model;
        this.process = process;
        getStyleClass().add("fd-table");
    }

    void show(Scenario s) {
        List<FdLink> links = s.fdsOf(process).sorted(Comparator.comparingInt(FdLink::fd)).toList();
        if (!links.equals(new ArrayList<>(rows.keySet()))) {
            Map<FdLink, Row> old = new LinkedHashMap<>(rows);
            rows.clear();
            links.forEach(l -> rows.put(l, old.containsKey(l) ? old.get(l) : new Row(l)));
            List<javafx.scene.Node> views = new ArrayList<>();
            rows.values().forEach(r -> views.add(r.view));
            getChildren().setAll(views.isEmpty() ? List.of(empty) : views);
        }
        rows.values().forEach(r -> r.show(s));
    }

    /** Commits what the user typed in a number that can be committed. */
    void close() {
        rows.values().forEach(r -> r.number.close());
    }

    /** One slot: its number (editable), the file it points at, and a button that closes it. */
    private final class Row {
        final FdLink link;
        final CommitField number;
        final HBox file = new HBox();
        final VBox view;

        Row(FdLink link) {
            this.link = link;
            number = CommitField.line(model, "fd-" + link.fd(), "fd " + link.fd(),
                    "The fd number; Enter moves the slot to another number, as dup2 and close would",
                    Inputs::fd, t -> model.execute(new SetFdNumber(process, link.fd(), Inputs.number(t))));
            ((TextField) number.input()).setPrefColumnCount(4);
            file.setAlignment(Pos.CENTER_LEFT);
            number.input().getStyleClass().add("fd-number");
            Label arrow = new Label("\u2192");
            arrow.getStyleClass().add("hint");
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            HBox line = new HBox(6, Form.caption("fd", "A slot of this process's fd table"), number.input(), arrow,
                    file, gap, Links.remove("remove-fd-" + link.fd(),
                            "Remove fd " + link.fd() + " from the fd table, with the operations on it", this::remove));
            line.setAlignment(Pos.CENTER_LEFT);
            view = new VBox(2, line, number.message());
            view.getStyleClass().add("fd-row");
        }

        void show(Scenario s) {
            number.show(String.valueOf(link.fd()));
            Node target = s.node(link.file()).orElse(null);
            if (target == null) {
                Label missing = new Label(link.file());
                missing.setTooltip(new Tooltip("No such file in the scenario"));
                file.getChildren().setAll(missing);
            } else {
                file.getChildren().setAll(Links.to(model, target));
            }
        }

        private void remove() {
            Scenario s = model.scenario();
            Edge.Fd edge = new Edge.Fd(process, link.fd(), link.file());
            if (edge.isIn(s)) {
                model.execute(Disconnect.of(s, edge));
            }
        }
    }
}

package lifeline.ui.inspector;

import java.util.List;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import lifeline.model.Problem;
import lifeline.model.Scenario;

/** Validator problems, each as where (a link that selects the object it names, if any) and what is wrong. */
final class ProblemList extends VBox {
    private final InspectorModel model;
    private final String none;
    private List<Problem> shown;

    /** @param none what to say when there is no problem, or null to say nothing */
    ProblemList(InspectorModel model, String none) {
        super(4);
        this.model = model;
        this.none = none;
        getStyleClass().add("problem-list");
    }

    void show(Scenario s, List<Problem> problems) {
        if (problems.equals(shown)) {
            return;
        }
        shown = problems;
        getChildren().clear();
        if (problems.isEmpty() && none != null) {
            Label ok = new Label(none);
            ok.getStyleClass().add("no-problems");
            ok.setWrapText(true);
            getChildren().add(ok);
        }
        for (Problem p : problems) {
            Label message = new Label(p.message());
            message.getStyleClass().add("problem-message");
            message.setWrapText(true);
            message.setTooltip(new Tooltip(p.toString()));
            VBox row = new VBox(0, where(s, p), message);
            row.getStyleClass().add("problem-row");
            getChildren().add(row);
        }
    }

    private Labeled where(Scenario s, Problem p) {
        Labeled where = ProblemTargets.target(s, p).<Labeled>map(id -> {
            Hyperlink link = new Hyperlink(p.where());
            link.setMnemonicParsing(false);
            link.setTooltip(new Tooltip("Select " + p.where()));
            link.setOnAction(e -> model.select(id));
            return link;
        }).orElseGet(() -> {
            Label l = new Label(p.where());
            l.setTooltip(new Tooltip(p.where()));
            return l;
        });
        where.getStyleClass().add("problem-where");
        where.setWrapText(true);
        return where;
    }
}

package lifeline.ui.inspector;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import lifeline.edit.SetProperties;
import lifeline.edit.SetTitle;
import lifeline.model.Property;
import lifeline.model.Scenario;

/** The scenario itself, shown when nothing is selected: title, description, checked properties, problems. */
final class ScenarioPanel extends Panel {
    private final CommitField title;
    private final CommitField description;
    private final Map<Property, CheckField> properties = new EnumMap<>(Property.class);
    private final ProblemList problems;

    ScenarioPanel(InspectorModel model) {
        super(model);
        getChildren().add(header("Scenario"));
        title = track(CommitField.line(model, "title", "title", "The scenario's title, which reports and the file"
                + " carry; Enter or leaving the field sets it", t -> null,
                t -> model.execute(new SetTitle(t, model.scenario().description()))));
        description = track(CommitField.area(model, "description", "description", "What the scenario shows;"
                + " Ctrl+Enter or leaving the field sets it", t -> null,
                t -> model.execute(new SetTitle(model.scenario().title(), t))));
        Form about = new Form();
        about.field("Title", "The scenario's title", title.view())
                .field("Description", "What the scenario shows, for reports and the file", description.view());
        getChildren().add(about);
        Form checked = section("Checked properties", "What TLC checks (kernel-model §5)");
        for (Property p : Property.values()) {
            CheckField box = new CheckField("property-" + p.tlaName(), p.tlaName(),
                    p.tlaName() + ": " + p.description(), on -> toggle(p, on));
            properties.put(p, box);
            checked.row(propertyRow(p, box));
        }
        problems = new ProblemList(model, "No problems: the scenario can be checked.");
        section("Problems", "What the validator finds: a scenario with problems cannot be checked").row(problems);
    }

    private static VBox propertyRow(Property p, CheckField box) {
        HBox line = new HBox(6, box.view());
        line.setAlignment(Pos.CENTER_LEFT);
        if (p == Property.RELEASE_IN_OPENER_CONTEXT) {
            Label lint = new Label("lint");
            lint.getStyleClass().add("lint-badge");
            lint.setTooltip(new Tooltip("A lint, off by default: it flags release running in another task's"
                    + " context even when no leak follows (seed 000)"));
            line.getChildren().add(lint);
        }
        Label description = Form.hint(p.description()
                + (p == Property.RELEASE_IN_OPENER_CONTEXT ? "; off by default" : ""));
        VBox row = new VBox(1, line, description);
        row.getStyleClass().add("property-row");
        return row;
    }

    @Override
    void show(Scenario s) {
        title.show(s.title());
        description.show(s.description());
        properties.forEach((p, box) -> box.show(s.properties().contains(p)));
        problems.show(s, model.problems());
    }

    private boolean toggle(Property p, boolean on) {
        Set<Property> now = EnumSet.noneOf(Property.class);
        now.addAll(model.scenario().properties());
        if (on) {
            now.add(p);
        } else {
            now.remove(p);
        }
        return model.execute(new SetProperties(now));
    }
}

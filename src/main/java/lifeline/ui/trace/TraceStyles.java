package lifeline.ui.trace;

import javafx.scene.Parent;

/** The player's stylesheet, added to each of its views so that each also works on its own. */
final class TraceStyles {
    static final String SHEET = TraceStyles.class.getResource("/lifeline/ui/trace/trace.css").toExternalForm();

    private TraceStyles() {}

    static void addTo(Parent view, String styleClass) {
        view.getStylesheets().add(SHEET);
        view.getStyleClass().addAll("trace-view", styleClass);
    }
}

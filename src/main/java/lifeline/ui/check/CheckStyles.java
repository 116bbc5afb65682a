package lifeline.ui.check;

import javafx.scene.Parent;

/** The check views' stylesheet, added to each of them. */
final class CheckStyles {
    static final String SHEET = CheckStyles.class.getResource("/lifeline/ui/check/check.css").toExternalForm();

    private CheckStyles() {}

    static void addTo(Parent view, String styleClass) {
        view.getStylesheets().add(SHEET);
        view.getStyleClass().addAll("check-view", styleClass);
    }
}

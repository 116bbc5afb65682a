package lifeline.ui.shell;

import javafx.scene.Scene;

/** The light and dark looks: a base stylesheet plus one palette of colours each. */
public final class Themes {
    private static final String BASE = css("base.css");
    private static final String LIGHT = css("light.css");
    private static final String DARK = css("dark.css");

    private Themes() {}

    public static void apply(Scene scene, boolean dark) {
        scene.getStylesheets().setAll(BASE, dark ? DARK : LIGHT);
    }

    private static String css(String name) {
        return Themes.class.getResource("/lifeline/ui/theme/" + name).toExternalForm();
    }
}

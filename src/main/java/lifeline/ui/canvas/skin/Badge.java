package lifeline.ui.canvas.skin;

import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;

/** A small rounded tag on a node, coloured by what it means for the object's lifetime. */
public final class Badge {
    /** How a badge is coloured: a known bug pattern, the fix, or plain information. */
    public enum Tone { WARN, OK, INFO }

    private Badge() {}

    /** A Text in a padded, bordered pane: a far lighter node to style than a Label. */
    public static StackPane of(String text, Tone tone) {
        Text t = new Text(text);
        t.getStyleClass().add("badge-text");
        StackPane p = new StackPane(t);
        p.getStyleClass().addAll("badge", "badge-" + tone.name().toLowerCase());
        p.setMinWidth(Region.USE_PREF_SIZE);
        return p;
    }

    public static StackPane warn(String text) {
        return of(text, Tone.WARN);
    }

    public static StackPane ok(String text) {
        return of(text, Tone.OK);
    }

    public static StackPane info(String text) {
        return of(text, Tone.INFO);
    }

    /** A plain line of text in a node's body (a Text: far cheaper to style than a Label). */
    public static Text line(String text, String... styleClasses) {
        Text t = new Text(text);
        t.getStyleClass().add("node-line");
        t.getStyleClass().addAll(styleClasses);
        return t;
    }
}

package lifeline.ui.canvas.gesture;

import java.util.Optional;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Cursor;
import javafx.scene.Group;
import lifeline.ui.canvas.skin.NodeSkin;
import lifeline.ui.document.DocumentModel;

/**
 * What a gesture may see and do of the canvas. Screen coordinates are those of the canvas's viewport (the
 * coordinates of its mouse events); world coordinates are those of the drawing, which the model stores.
 */
public interface CanvasContext {
    DocumentModel doc();

    Point2D toWorld(double sx, double sy);

    Point2D toScreen(Point2D world);

    double zoom();

    /** Zooms by factor, keeping the drawing under the screen point (sx, sy) in place. */
    void zoomAt(double factor, double sx, double sy);

    void panBy(double dx, double dy);

    /** The size of the view on screen. */
    double viewWidth();

    double viewHeight();

    boolean snapToGrid();

    /** The world distance between grid lines. */
    double gridStep();

    /** The topmost card at a world point, other than the one with id {@code except} (may be null). */
    Optional<NodeSkin<?, ?>> skinAt(Point2D world, String except);

    /** The ids of the cards that overlap a world rectangle. */
    Set<String> idsIn(Rectangle2D world);

    /** A group drawn over the drawing in world coordinates, for rubber lines and bands. */
    Group worldOverlay();

    /** Shows why an edit was refused next to the screen point, for a few seconds. */
    void showRefusal(String text, double sx, double sy);

    /** Shows a word next to the pointer while a gesture goes on: legal in green, refused in red. */
    void showHint(String text, boolean legal, double sx, double sy);

    void hideHint();

    /** Whether Space is held down, which turns a left drag into a pan. */
    boolean spaceDown();

    void setCursor(Cursor cursor);
}

package lifeline.ui.canvas;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.control.Label;
import lifeline.layout.Arrangement;
import lifeline.model.Scenario;
import lifeline.ui.document.DocumentModel;

/**
 * Where the canvas puts a drawing: a new document shown from its top left (arranged first when its file has
 * no positions), and View > Arrange Automatically; the layout itself runs in the background
 * ({@link BackgroundArrange}). Confined to the FX application thread.
 */
final class CanvasArranger {
    private static final double HOME_MARGIN = 40;

    private final DocumentModel doc;
    private final Group drawing;
    private final NodeLayer nodes;
    private final EdgeLayer edges;
    private final Viewport viewport;
    private final PointerMessages messages;
    /** Where a refusal to arrange is said, from the view's top left corner. */
    private final double inset;
    private final BackgroundArrange arranging;

    CanvasArranger(DocumentModel doc, Group drawing, NodeLayer nodes, EdgeLayer edges, Viewport viewport,
                   PointerMessages messages, double inset) {
        this.doc = doc;
        this.drawing = drawing;
        this.nodes = nodes;
        this.edges = edges;
        this.viewport = viewport;
        this.messages = messages;
        this.inset = inset;
        arranging = new BackgroundArrange(doc::current);
    }

    /** The "Arranging…" notice, for the canvas to place over the drawing. */
    Label notice() {
        return arranging.notice();
    }

    ReadOnlyBooleanProperty arrangingProperty() {
        return arranging.runningProperty();
    }

    /**
     * After New, Open or an example (no history either way), show the new drawing from its top left; a file
     * without positions is arranged automatically first (as part of opening it: no undo step, not dirty).
     */
    void homeIfReplaced() {
        if (!doc.canUndoProperty().get() && !doc.canRedoProperty().get() && !doc.dirtyProperty().get()) {
            Scenario opened = doc.current();
            if (Arrangement.lacksLayout(opened)) {
                // the new scenario comes back here; a document opened meanwhile is looked at again
                arrange(a -> doc.setOpeningLayout(a.command().apply(opened)), why -> {
                    if (doc.current().equals(opened)) {
                        messages.showRefusal(why, inset, inset);
                    } else {
                        homeIfReplaced();
                    }
                });
                return;
            }
            home();
        }
    }

    /** See {@link CanvasView#arrangeAutomatically()}. */
    boolean arrangeAutomatically() {
        if (doc.current().nodes().isEmpty()) {
            return false;
        }
        return arrange(a -> {
            if (doc.execute(a.command())) {
                home();
            }
        }, why -> messages.showRefusal(why, inset, inset));
    }

    /** Starts the automatic layout of the scenario with the cards and labels as they are measured now. */
    private boolean arrange(Consumer<Arrangement> apply, Consumer<String> notArranged) {
        drawing.applyCss();
        drawing.layout();
        return arranging.start(doc.current(), nodes.cardSizes(), edges.labelSizes(), a -> {
            edges.useArrangement(a);
            apply.accept(a);
        }, notArranged);
    }

    /** At 100%, the cards' top left corner in view (with a margin), or the origin when that is further. */
    void home() {
        viewport.zoomProperty().set(1.0);
        Rectangle2D cards = nodes.cardsBounds();
        double x = cards == null ? 0 : Math.min(0, cards.getMinX() - HOME_MARGIN);
        double y = cards == null ? 0 : Math.min(0, cards.getMinY() - HOME_MARGIN);
        viewport.scrollTo(x, y);
    }
}

package lifeline.ui.canvas;

import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.ContextMenuEvent;
import lifeline.edit.DeleteNodes;
import lifeline.ui.canvas.skin.NodeSkin;
import lifeline.ui.document.DocumentModel;

/** The right-click menu of a card: delete the selection (the card is selected by the right press). */
final class CardMenu {
    private final DocumentModel doc;
    private final ContextMenu menu = new ContextMenu();

    CardMenu(DocumentModel doc) {
        this.doc = doc;
        MenuItem delete = new MenuItem("Delete");
        delete.setId("card-menu-delete");
        delete.setOnAction(e -> {
            Set<String> ids = doc.selection().snapshot();
            if (!ids.isEmpty()) {
                doc.execute(new DeleteNodes(ids));
            }
        });
        menu.getItems().add(delete);
    }

    void install(Node target) {
        target.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            for (Node n = e.getPickResult().getIntersectedNode(); n != null && n != target; n = n.getParent()) {
                if (n instanceof NodeSkin) {
                    int count = doc.selection().snapshot().size();
                    menu.getItems().get(0).setText(count > 1 ? "Delete " + count + " objects" : "Delete");
                    menu.show(n, e.getScreenX(), e.getScreenY());
                    e.consume();
                    return;
                }
            }
        });
    }
}

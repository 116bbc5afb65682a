package lifeline.ui.shell;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import lifeline.edit.Clipboard;
import lifeline.edit.DeleteNodes;
import lifeline.edit.Paste;
import lifeline.model.Node;
import lifeline.ui.document.DocumentModel;

/** Cut, copy, paste, delete and select all on the selection of a document. */
public final class EditActions {
    private final DocumentModel doc;
    private final Clipboard clipboard = new Clipboard();

    public EditActions(DocumentModel doc) {
        this.doc = doc;
    }

    public void copy() {
        Set<String> ids = doc.selection().snapshot();
        if (!ids.isEmpty()) {
            clipboard.copy(doc.current(), ids);
            doc.statusProperty().set("Copied " + count(ids.size()));
        }
    }

    public void cut() {
        copy();
        delete();
    }

    public void paste() {
        if (clipboard.isEmpty()) {
            return;
        }
        Paste paste = clipboard.paste();
        Map<String, String> ids = paste.newIds(doc.current());
        if (doc.execute(paste)) {
            doc.selection().selectAll(ids.values());
        }
    }

    public void delete() {
        Set<String> ids = doc.selection().snapshot();
        if (!ids.isEmpty()) {
            doc.execute(new DeleteNodes(ids));
        }
    }

    public void selectAll() {
        doc.selection().selectAll(doc.current().nodes().stream().map(Node::id).collect(Collectors.toList()));
    }

    private static String count(int n) {
        return n == 1 ? "1 object" : n + " objects";
    }
}

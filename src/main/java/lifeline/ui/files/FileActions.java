package lifeline.ui.files;

import javafx.stage.Window;
import lifeline.io.Examples;
import lifeline.ui.canvas.CanvasView;
import lifeline.ui.document.DocumentModel;

/** New, Open, Save, Save As, recent files, examples and exports of a document. (Stub: being built.) */
public class FileActions {
    private final DocumentModel doc;

    public FileActions(Window owner, DocumentModel doc, CanvasView canvas) {
        this.doc = doc;
    }

    public void newDocument() { }
    public void open() { }
    public void save() { }
    public void saveAs() { }
    public void exportTla() { }
    public void exportImage() { }

    public void openExample(String name) {
        Examples.load(name).ifPresent(s -> doc.reset(s, null, name));
    }

    /** Asks before unsaved changes are lost; true when the caller may go on. */
    public boolean confirmDiscard() {
        return true;
    }
}

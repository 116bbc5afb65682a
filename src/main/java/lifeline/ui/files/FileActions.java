package lifeline.ui.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import lifeline.io.Examples;
import lifeline.io.IoErrors;
import lifeline.io.ScenarioFiles;
import lifeline.io.ScenarioFormatException;
import lifeline.model.Problem;
import lifeline.model.Scenario;
import lifeline.ui.canvas.CanvasView;
import lifeline.ui.document.DocumentModel;

/**
 * New, Open, Open Recent, Save, Save As, the examples and the exports of the open document.
 * Nothing here loses unsaved changes without asking, and a file that cannot be opened leaves
 * the document as it was. Confined to the FX application thread.
 */
public class FileActions {
    public static final String UNTITLED = "Untitled";

    private final DocumentModel doc;
    private final FileDialogs dialogs;
    private final RecentFiles recent;
    private final Exports exports;

    /** {@code randomRuns} says whether the next check makes random runs (Export TLA+ writes their configuration). */
    public FileActions(DocumentModel doc, CanvasView canvas, FileDialogs dialogs, RecentFiles recent,
                       BooleanSupplier randomRuns) {
        this.doc = doc;
        this.dialogs = dialogs;
        this.recent = recent;
        this.exports = new Exports(doc, canvas::snapshotDrawing, dialogs, this::initialDir, randomRuns);
    }

    public RecentFiles recent() {
        return recent;
    }

    public void newDocument() {
        if (confirmDiscard()) {
            doc.reset(Scenario.empty(), null, UNTITLED);
            doc.statusProperty().set("New scenario");
        }
    }

    public void open() {
        if (confirmDiscard()) {
            dialogs.chooseFileToOpen(initialDir()).ifPresent(this::load);
        }
    }

    public void openRecent(Path file) {
        if (confirmDiscard()) {
            load(file);
        }
    }

    /**
     * Opens a file, unsaved changes already dealt with. A scenario the validator refuses still
     * opens (the user fixes it on the canvas) with its problems in the status bar.
     *
     * @return false, the document untouched and the user told why, when the file cannot be read
     */
    public boolean load(Path file) {
        Scenario s;
        try {
            s = ScenarioFiles.read(file);
        } catch (ScenarioFormatException e) {
            if (e.getCause() instanceof NoSuchFileException) {
                recent.remove(file);
            }
            dialogs.showError("Cannot open \u201c" + file.getFileName() + "\u201d", e.getMessage());
            doc.statusProperty().set("Could not open " + file.getFileName());
            return false;
        }
        String name = file.getFileName().toString();
        doc.reset(s, file, name);
        recent.add(file);
        List<Problem> problems = doc.problemsProperty().get();
        doc.statusProperty().set("Opened " + name + (problems.isEmpty() ? "" : " \u2014 " + summary(problems)));
        return true;
    }

    public void openExample(String name) {
        Examples.load(name).ifPresent(s -> {
            doc.reset(s, null, name);
            doc.statusProperty().set("Opened the example " + name);
        });
    }

    /** Saves to the document's file, or asks where for a document that has none; true when saved. */
    public boolean save() {
        Optional<Path> file = doc.currentFile();
        return file.isPresent() ? writeTo(file.get()) : saveAs();
    }

    /** True when saved; false when the user cancelled or the save failed (and was reported). */
    public boolean saveAs() {
        String suggested = FileType.SCENARIO.baseName(doc.displayName()) + FileType.SCENARIO.extension();
        return SaveTargets.choose(dialogs, FileType.SCENARIO, "Save Scenario As", initialDir(), suggested)
                .map(this::writeTo).orElse(false);
    }

    public void exportTla() {
        exports.exportTla();
    }

    public void exportImage() {
        exports.exportImage();
    }

    /** Asks before unsaved changes are lost; true when the caller may go on. */
    public boolean confirmDiscard() {
        if (!doc.dirtyProperty().get()) {
            return true;
        }
        switch (dialogs.confirmUnsavedChanges(doc.displayName())) {
            case SAVE:
                return save();
            case DONT_SAVE:
                return true;
            default:
                return false;
        }
    }

    private boolean writeTo(Path file) {
        if (!ReadOnlyTargets.allowed(dialogs, List.of(file))) {
            doc.statusProperty().set("Not saved: " + file.getFileName() + " is read-only");
            return false;
        }
        try {
            ScenarioFiles.write(file, doc.current());
        } catch (IOException e) {
            dialogs.showError("Cannot save \u201c" + file.getFileName() + "\u201d", IoErrors.describe(e));
            return false;
        }
        doc.saved(file);
        recent.add(file);
        doc.statusProperty().set("Saved " + file.getFileName());
        return true;
    }

    /** Where choosers start: the document's folder, else that of the most recent file still there. */
    private Path initialDir() {
        Optional<Path> here = doc.currentFile().map(p -> p.toAbsolutePath().getParent());
        if (here.isPresent()) {
            return here.get();
        }
        return recent.paths().stream().map(Path::getParent).filter(d -> d != null && Files.isDirectory(d))
                .findFirst().orElse(null);
    }

    private static String summary(List<Problem> problems) {
        return problems.size() == 1 ? "1 problem: " + problems.get(0)
                : problems.size() + " problems; the first: " + problems.get(0);
    }
}

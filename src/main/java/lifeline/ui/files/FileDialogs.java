package lifeline.ui.files;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Every question the file actions ask the user. The desktop answers with native choosers and
 * alerts ({@link FxFileDialogs}); tests answer from a script, since native dialogs cannot be
 * driven headless. Called on the FX application thread; each call blocks until answered.
 */
public interface FileDialogs {
    /** What the user wants done with unsaved changes before they would be lost. */
    enum UnsavedChoice { SAVE, DONT_SAVE, CANCEL }

    /**
     * A file chosen to save into.
     *
     * @param overwriteConfirmed the chooser itself already asked about replacing this very path
     *     (native save choosers do)
     */
    record ChosenFile(Path path, boolean overwriteConfirmed) {}

    /** A scenario file to open; initialDir may be null. */
    Optional<Path> chooseFileToOpen(Path initialDir);

    /** A file to save into; initialDir may be null, suggestedName is a file name. */
    Optional<ChosenFile> chooseFileToSave(FileType type, String title, Path initialDir, String suggestedName);

    Optional<Path> chooseDirectory(String title, Path initialDir);

    /** Save, Don't Save or Cancel, for the document of that name. */
    UnsavedChoice confirmUnsavedChanges(String documentName);

    /** Whether to replace these existing files. */
    boolean confirmOverwrite(List<Path> existing);

    /** Whether to replace a file whose permissions say it is read-only (a rename would replace it silently). */
    boolean confirmReplaceReadOnly(Path file);

    void showError(String header, String message);
}

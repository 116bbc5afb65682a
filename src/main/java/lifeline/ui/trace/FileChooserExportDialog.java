package lifeline.ui.trace;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import lifeline.ui.files.FxFileDialogs;

/** The export dialog of the application: a save file chooser over the given window. */
public final class FileChooserExportDialog implements ExportDialog {
    private final Supplier<Window> owner;
    private File lastDirectory;

    public FileChooserExportDialog(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseTarget(String kind, String suggestedName, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export " + kind);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase() + " files",
                "*." + extension));
        if (lastDirectory != null && lastDirectory.isDirectory()) {
            chooser.setInitialDirectory(lastDirectory);
        }
        File f = chooser.showSaveDialog(owner.get());
        if (f == null) {
            return Optional.empty();
        }
        lastDirectory = f.getParentFile();
        return Optional.of(f.toPath());
    }

    @Override
    public boolean confirmReplaceReadOnly(Path file) {
        return new FxFileDialogs(owner.get()).confirmReplaceReadOnly(file);
    }
}

package lifeline.ui.files;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The desktop's answers: native file choosers and alerts styled like the owner window. */
public final class FxFileDialogs implements FileDialogs {
    /** Messages longer than this many lines go into a scrolling text area. */
    private static final int LONG_MESSAGE_LINES = 8;

    private final Window owner;

    public FxFileDialogs(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseFileToOpen(Path initialDir) {
        FileChooser chooser = chooser("Open Scenario", initialDir);
        chooser.getExtensionFilters().addAll(filter(FileType.SCENARIO),
                new FileChooser.ExtensionFilter("All files", "*"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<ChosenFile> chooseFileToSave(FileType type, String title, Path initialDir, String suggestedName) {
        FileChooser chooser = chooser(title, initialDir);
        chooser.getExtensionFilters().add(filter(type));
        chooser.setInitialFileName(suggestedName);
        // Native save choosers (GTK, Windows, macOS) ask themselves before returning an existing file.
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath)
                .map(p -> new ChosenFile(p, Files.exists(p)));
    }

    @Override
    public Optional<Path> chooseDirectory(String title, Path initialDir) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        if (initialDir != null && Files.isDirectory(initialDir)) {
            chooser.setInitialDirectory(initialDir.toFile());
        }
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }

    @Override
    public UnsavedChoice confirmUnsavedChanges(String documentName) {
        ButtonType save = new ButtonType("Save", ButtonData.YES);
        ButtonType dontSave = new ButtonType("Don't Save", ButtonData.NO);
        ButtonType cancel = new ButtonType("Cancel", ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.WARNING, "Unsaved Changes",
                "Save the changes to \u201c" + documentName + "\u201d?",
                "Your changes will be lost if you don't save them.", save, dontSave, cancel);
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == save ? UnsavedChoice.SAVE : answer == dontSave ? UnsavedChoice.DONT_SAVE
                : UnsavedChoice.CANCEL;
    }

    @Override
    public boolean confirmOverwrite(List<Path> existing) {
        ButtonType replace = new ButtonType("Replace", ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType("Cancel", ButtonData.CANCEL_CLOSE);
        String header = existing.size() == 1
                ? "\u201c" + existing.get(0).getFileName() + "\u201d already exists. Replace it?"
                : existing.size() + " files already exist. Replace them?";
        String names = existing.stream().map(p -> "  " + p.getFileName()).collect(Collectors.joining("\n"));
        Path dir = existing.get(0).toAbsolutePath().getParent();
        String content = (existing.size() == 1 ? "" : names + "\n\n") + "in " + dir
                + "\nReplacing overwrites what is there now.";
        Alert alert = alert(Alert.AlertType.CONFIRMATION, "Replace", header, content, replace, cancel);
        // Replacing destroys data: Enter must not do it by accident.
        ((Button) alert.getDialogPane().lookupButton(replace)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        return alert.showAndWait().orElse(cancel) == replace;
    }

    @Override
    public boolean confirmReplaceReadOnly(Path file) {
        ButtonType replace = new ButtonType("Replace", ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType("Cancel", ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, "Read-only file",
                "\u201c" + file.getFileName() + "\u201d is read-only. Replace it anyway?",
                "in " + file.toAbsolutePath().getParent() + "\nIts permissions say it is not to be changed;"
                        + " the new file keeps them.", replace, cancel);
        ((Button) alert.getDialogPane().lookupButton(replace)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        return alert.showAndWait().orElse(cancel) == replace;
    }

    @Override
    public void showError(String header, String message) {
        Alert alert = alert(Alert.AlertType.ERROR, "Lifeline", header, message, ButtonType.OK);
        if (message.lines().count() > LONG_MESSAGE_LINES) {
            TextArea text = new TextArea(message);
            text.setEditable(false);
            text.setWrapText(true);
            text.setPrefRowCount(LONG_MESSAGE_LINES + 4);
            text.getStyleClass().add("error-details");
            alert.getDialogPane().setContent(text);
        }
        alert.showAndWait();
    }

    private Alert alert(Alert.AlertType type, String title, String header, String content, ButtonType... buttons) {
        Alert alert = new Alert(type, content, buttons);
        if (owner != null) {
            alert.initOwner(owner);
            if (owner.getScene() != null) {
                alert.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
            }
        }
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.setResizable(true);
        return alert;
    }

    private static FileChooser chooser(String title, Path initialDir) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (initialDir != null && Files.isDirectory(initialDir)) {
            chooser.setInitialDirectory(initialDir.toFile());
        }
        return chooser;
    }

    private static FileChooser.ExtensionFilter filter(FileType type) {
        return new FileChooser.ExtensionFilter(type.description() + " (" + type.glob() + ")", type.glob());
    }
}

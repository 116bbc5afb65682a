package lifeline.ui.files;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Where to save: the chosen file with its extension, asking before replacing one nobody asked about. */
final class SaveTargets {
    private SaveTargets() {}

    static Optional<Path> choose(FileDialogs dialogs, FileType type, String title, Path initialDir,
                                 String suggestedName) {
        Optional<FileDialogs.ChosenFile> chosen = dialogs.chooseFileToSave(type, title, initialDir, suggestedName);
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        Path target = type.withExtension(chosen.get().path());
        boolean asked = chosen.get().overwriteConfirmed() && target.equals(chosen.get().path());
        if (!asked && Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !dialogs.confirmOverwrite(List.of(target))) {
            return Optional.empty();
        }
        return Optional.of(target);
    }
}

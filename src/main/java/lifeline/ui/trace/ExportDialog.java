package lifeline.ui.trace;

import java.nio.file.Path;
import java.util.Optional;

/** Asks the user where to save an export: a file chooser in the application, a script in tests. */
@FunctionalInterface
public interface ExportDialog {
    /**
     * @param kind what is saved, for the title ("trace as text")
     * @param suggestedName a file name to start from
     * @param extension the file extension without the dot ("txt", "json")
     * @return the chosen file, or empty when the user cancelled
     */
    Optional<Path> chooseTarget(String kind, String suggestedName, String extension);

    /** Whether to replace a chosen file whose permissions say it is read-only; a script declines. */
    default boolean confirmReplaceReadOnly(Path file) {
        return false;
    }
}

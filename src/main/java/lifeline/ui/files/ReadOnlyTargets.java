package lifeline.ui.files;

import java.nio.file.Path;
import java.util.List;
import lifeline.io.AtomicFiles;

/** A read-only file is replaced only when the user says so: an atomic save's rename would not ask. */
final class ReadOnlyTargets {
    private ReadOnlyTargets() {}

    /** False as soon as the user declines to replace one of the read-only files among targets. */
    static boolean allowed(FileDialogs dialogs, List<Path> targets) {
        for (Path p : targets) {
            if (AtomicFiles.isReadOnly(p) && !dialogs.confirmReplaceReadOnly(p)) {
                return false;
            }
        }
        return true;
    }
}

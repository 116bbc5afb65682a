package lifeline.ui.files;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** An I/O failure in a sentence a user can act on: the file, then what went wrong. */
final class IoErrors {
    private IoErrors() {}

    static String describe(IOException e) {
        if (e instanceof FileSystemException fse) {
            String file = fse.getFile() == null ? "" : fse.getFile() + ": ";
            if (e instanceof NoSuchFileException) {
                return file + "no such file or folder";
            }
            if (e instanceof AccessDeniedException) {
                return file + "permission denied";
            }
            if (fse.getReason() != null) {
                return file + fse.getReason();
            }
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}

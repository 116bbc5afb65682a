package lifeline.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;
import lifeline.model.Printable;

/** An I/O failure in a sentence a user can act on: the file, then what went wrong; never a class name. */
public final class IoErrors {
    private IoErrors() {}

    /** The file, then what went wrong: {@code out/MC.tla: permission denied}. */
    public static String describe(IOException e) {
        if (e instanceof FileSystemException fse && fse.getFile() != null && !fse.getFile().isEmpty()) {
            return Printable.of(fse.getFile()) + ": " + reason(e);
        }
        return reason(e);
    }

    /** What went wrong, without the file, for a message that names it already. */
    public static String reason(IOException e) {
        if (e instanceof FileSystemException fse) {
            return reason(fse);
        }
        return e.getMessage() == null || e.getMessage().isBlank() ? "an input/output error"
                : Printable.of(e.getMessage());
    }

    private static String reason(FileSystemException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return e.getReason() != null ? e.getReason() : "permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return e.getReason() != null ? e.getReason() : "already exists";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "a folder that is not empty";
        }
        String reason = e.getReason();
        if (reason == null || reason.isBlank()) {
            return "cannot be read or written";
        }
        if (reason.equals("Not a directory")) {
            return "a part of this path is a file, not a folder";
        }
        if (reason.equals("Read-only file system")) {
            return "the file system is read-only";
        }
        // The system's reasons are plain words; Lifeline's own escape the paths they name.
        return reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1);
    }
}

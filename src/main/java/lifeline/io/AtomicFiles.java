package lifeline.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;

/**
 * Writes whole files so that a reader, a crash or a full disk sees either the old content or the
 * new, never half of one: write a temporary file next to the target, force it to disk, rename.
 */
public final class AtomicFiles {
    /** The last step: puts the finished temporary file in the target's place. A seam for tests. */
    interface Mover {
        void move(Path temp, Path target) throws IOException;
    }

    static final Mover REPLACE = AtomicFiles::replaceByRename;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int TEMP_ATTEMPTS = 16;

    private AtomicFiles() {}

    /** Writes content to target, replacing what is there; on failure the old file is left as it was. */
    public static void replace(Path target, byte[] content) throws IOException {
        write(target, content, REPLACE);
    }

    /**
     * True when the file exists and its permissions say it is not to be written (no write bit for
     * its owner, or none for us): replacing it by a rename would succeed all the same, so ask first.
     */
    public static boolean isReadOnly(Path file) {
        if (!Files.exists(file)) {
            return false;
        }
        if (!Files.isWritable(file)) {
            return true;
        }
        try {
            return !Files.getPosixFilePermissions(file).contains(PosixFilePermission.OWNER_WRITE);
        } catch (UnsupportedOperationException | IOException e) {
            return false;
        }
    }

    static void write(Path target, byte[] content, Mover mover) throws IOException {
        Path real = followLink(target.toAbsolutePath());
        if (Files.isDirectory(real)) {
            throw new FileSystemException(target.toString(), null, "is a folder, not a file");
        }
        StaleTemps.remove(real);
        Path temp = writeTemp(real, content);
        try {
            keepPermissions(real, temp);
            mover.move(temp, real);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp, e);
            throw e;
        }
        syncDirectory(real.getParent());
    }

    /** Saving through a symlink updates the file it points to rather than replacing the link. */
    private static Path followLink(Path p) throws IOException {
        return Files.isSymbolicLink(p) && Files.exists(p) ? p.toRealPath() : p;
    }

    private static Path writeTemp(Path target, byte[] content) throws IOException {
        for (int attempt = 1; ; attempt++) {
            Path temp = StaleTemps.tempFor(target, RANDOM.nextLong() >>> 1);
            FileChannel ch;
            try {
                ch = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                if (attempt == TEMP_ATTEMPTS) {
                    throw e;
                }
                continue;
            } catch (AccessDeniedException e) {
                // The temporary file's name would only confuse: it is the folder that refuses.
                throw new AccessDeniedException(String.valueOf(target.getParent()), null,
                        "cannot write in this folder: permission denied (it is read-only to you)");
            }
            try (ch) {
                ByteBuffer buf = ByteBuffer.wrap(content);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            } catch (IOException | RuntimeException e) {
                deleteQuietly(temp, e);
                throw e;
            }
            return temp;
        }
    }

    private static void replaceByRename(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The new file would otherwise get default permissions and silently widen or narrow access. */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (!Files.exists(target)) {
            return;
        }
        try {
            Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
        } catch (UnsupportedOperationException notPosix) {
            // Not a POSIX file system: the temporary file's defaults are all there is.
        }
    }

    /** Makes the rename itself durable; some platforms cannot open a directory, and that is fine. */
    private static void syncDirectory(Path dir) {
        if (dir == null) {
            return;
        }
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException ignored) {
            // Best effort: the data itself was forced before the rename.
        }
    }

    private static void deleteQuietly(Path temp, Exception cause) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }
}

package lifeline.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import lifeline.model.Printable;

/**
 * Named UTF-8 text files written into one directory, each atomically: how both the command line
 * and the desktop app export a TLA+ model, so the two give the same bytes.
 */
public final class ExportFiles {
    private ExportFiles() {}

    /** Those of the named files that already exist in dir, in the given order: ask before replacing them. */
    public static List<Path> existing(Path dir, Collection<String> names) {
        List<Path> there = new ArrayList<>();
        for (String name : names) {
            Path p = dir.resolve(name);
            if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                there.add(p);
            }
        }
        return there;
    }

    /**
     * Creates dir if needed and writes every file (name to text), replacing what is there; each
     * file is wholly old or wholly new even if a later one fails.
     *
     * @return the paths written, in the order of files
     */
    public static List<Path> write(Path dir, Map<String, String> files) throws IOException {
        createFolder(dir);
        for (String name : files.keySet()) {
            Path p = dir.resolve(name);
            if (Files.isSymbolicLink(p)) {
                // Writing through it would change a file outside the export folder.
                throw new FileSystemException(p.toString(), null, "is a symbolic link; export writes no file"
                        + " through a link (remove the link or choose another folder)");
            }
        }
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path p = dir.resolve(f.getKey());
            AtomicFiles.replace(p, f.getValue().getBytes(StandardCharsets.UTF_8));
            written.add(p);
        }
        return written;
    }

    /** Creates the folder and its parents, saying which part of the path is in the way if one is not a folder. */
    private static void createFolder(Path dir) throws IOException {
        if (dir.toString().isEmpty()) {
            throw new FileSystemException("", null, "no folder given; name the folder to export into");
        }
        for (Path p = dir.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                if (!Files.isDirectory(p)) {
                    throw new FileSystemException(p.toString(), null, p.equals(dir.toAbsolutePath())
                            ? "is a file, not a folder; export writes into a folder"
                            : "is a file, not a folder, so " + Printable.of(dir.toString()) + " cannot be created");
                }
                break;
            }
        }
        Files.createDirectories(dir);
    }
}

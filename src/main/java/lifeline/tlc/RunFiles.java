package lifeline.tlc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Lifeline's temporary directories. Each is named {@code lifeline-KIND-PID-RANDOM} after the
 * process that owns it, is removed when its work ends or this JVM exits ({@link ExitCleanup}), and
 * one left behind by a killed Lifeline is removed the next time Lifeline starts in that folder.
 */
public final class RunFiles {
    private RunFiles() {}

    /** The kind of a TLC run's directory (TLC's java.io.tmpdir and states). */
    static final String RUN_KIND = "tlc";
    /** Why nothing new starts while Lifeline exits. */
    static final String EXITING = "Lifeline is exiting: nothing new is started.";
    private static final Pattern OWNED = Pattern.compile("lifeline-[a-z]+-(\\d+)-.+");
    private static final int DELETE_ATTEMPTS = 5;
    private static final Set<Path> SWEPT = ConcurrentHashMap.newKeySet();

    /**
     * Creates a directory of the given kind ("model", "tlc") under {@code parentOrNull} (null: the
     * system's temp folder), removed at this JVM's exit if nobody removed it before. The first
     * call for a folder first removes what killed Lifelines left in it.
     *
     * @throws IOException also when this JVM is exiting (the directory would outlive it)
     */
    public static Path createTempDir(Path parentOrNull, String kind) throws IOException {
        Path parent = parentOrNull == null ? Path.of(System.getProperty("java.io.tmpdir")) : parentOrNull;
        Files.createDirectories(parent);
        if (SWEPT.add(parent.toAbsolutePath().normalize())) {
            sweepStale(parent);
        }
        String prefix = "lifeline-" + kind + "-" + ProcessHandle.current().pid() + "-";
        return ExitCleanup.making(() -> {
            Path dir = Files.createTempDirectory(parent, prefix).toAbsolutePath();
            if (!ExitCleanup.atExit(dir, ExitCleanup.Stage.DIRECTORY, () -> deleteRecursively(dir))) {
                deleteRecursively(dir);
                throw new IOException(EXITING);
            }
            return dir;
        });
    }

    /** Deletes a directory made by {@link #createTempDir} and forgets it. */
    public static boolean delete(Path dir) {
        boolean gone = deleteRecursively(dir);
        ExitCleanup.forget(dir);
        return gone;
    }

    /** Removes the Lifeline directories in {@code parent} whose owner process is gone; returns them. */
    public static List<Path> sweepStale(Path parent) {
        List<Path> removed = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent, "lifeline-*")) {
            for (Path entry : entries) {
                Matcher m = OWNED.matcher(entry.getFileName().toString());
                if (m.matches() && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS) && ownerGone(m.group(1))
                        && deleteRecursively(entry)) {
                    removed.add(entry);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // An unreadable temp folder: nothing to sweep that we could sweep.
        }
        return removed;
    }

    private static boolean ownerGone(String pid) {
        try {
            return ProcessHandle.of(Long.parseLong(pid)).map(p -> !p.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Deletes the directory tree; retries because a just-killed process may still be releasing files. */
    static boolean deleteRecursively(Path dir) {
        for (int attempt = 0; attempt < DELETE_ATTEMPTS; attempt++) {
            if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
                return true;
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                List<Path> deepestFirst = walk.sorted(Comparator.reverseOrder()).toList();
                for (Path p : deepestFirst) {
                    Files.deleteIfExists(p);
                }
                return true;
            } catch (IOException | UncheckedIOException e) {
                pause(attempt);
            }
        }
        return !Files.exists(dir, LinkOption.NOFOLLOW_LINKS);
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(50L << attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

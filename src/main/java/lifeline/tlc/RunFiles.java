package lifeline.tlc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Creates and removes a run's private temporary directory. */
final class RunFiles {
    private RunFiles() {}

    private static final String PREFIX = "lifeline-tlc-";
    private static final int DELETE_ATTEMPTS = 5;

    static Path createRunDir(Path parentOrNull) throws IOException {
        Path dir = parentOrNull == null
                ? Files.createTempDirectory(PREFIX)
                : Files.createTempDirectory(Files.createDirectories(parentOrNull), PREFIX);
        return dir.toAbsolutePath();
    }

    /** Deletes the directory tree; retries because a just-killed process may still be releasing files. */
    static boolean deleteRecursively(Path dir) {
        for (int attempt = 0; attempt < DELETE_ATTEMPTS; attempt++) {
            if (!Files.exists(dir)) {
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
        return !Files.exists(dir);
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(50L << attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

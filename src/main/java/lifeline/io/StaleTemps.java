package lifeline.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * The temporary files of atomic saves ({@code .NAME.<hex>.tmp} beside NAME): a save killed
 * mid-write leaves one, and the next save or open of NAME removes it. Only names of exactly that
 * pattern, for that file, that are regular files and have not changed for a while (so not a save
 * under way in another Lifeline) are removed.
 */
final class StaleTemps {
    /** Far longer than any save of a file under the size cap takes. */
    static final Duration AGE = Duration.ofMinutes(1);

    private StaleTemps() {}

    static Path tempFor(Path target, long random) {
        return target.resolveSibling("." + target.getFileName() + "." + Long.toHexString(random) + ".tmp");
    }

    static Pattern pattern(Path target) {
        return Pattern.compile(Pattern.quote("." + target.getFileName() + ".") + "[0-9a-f]{1,16}\\.tmp");
    }

    /** Best effort: a temporary file that cannot be removed is left, and the save or open goes on. */
    static void remove(Path target) {
        Path dir = target.toAbsolutePath().getParent();
        if (dir == null || target.getFileName() == null) {
            return;
        }
        Pattern own = pattern(target);
        Instant before = Instant.now().minus(AGE);
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(dir,
                "." + glob(target.getFileName().toString()) + ".*.tmp")) {
            for (Path t : temps) {
                if (own.matcher(t.getFileName().toString()).matches() && stale(t, before)) {
                    Files.deleteIfExists(t);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Left for the next time; a save or open must not fail because of a leftover.
        }
    }

    private static boolean stale(Path t, Instant before) throws IOException {
        BasicFileAttributes a = Files.readAttributes(t, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        return a.isRegularFile() && a.lastModifiedTime().toInstant().isBefore(before);
    }

    /** The name with glob metacharacters escaped; the exact pattern is checked after the glob. */
    private static String glob(String name) {
        return name.replaceAll("([\\\\*?\\[\\]{}])", "\\\\$1");
    }
}

package lifeline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Only regular files are read: a pipe or a device is refused at once, and the size cap holds while reading. */
@EnabledOnOs({OS.LINUX, OS.MAC})
class SpecialFilesTest {
    private static final String NOT_REGULAR = "cannot read: not a regular file (a pipe, a device or a socket);"
            + " scenarios are read only from regular files";

    @TempDir
    Path dir;

    /** The bound only stops a hang from hanging the build; the refusal itself is immediate. */
    private static ScenarioFormatException refused(Path p) {
        return assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> assertThrows(ScenarioFormatException.class, () -> ScenarioFiles.load(p)));
    }

    @Test
    void aFifoIsRefusedWithoutWaitingForAWriter() throws Exception {
        Path fifo = dir.resolve("x.lifeline.json");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertEquals(0, mkfifo.waitFor());
        ScenarioFormatException e = refused(fifo);
        assertEquals(fifo + ": " + NOT_REGULAR, e.getMessage());
    }

    @Test
    void devicesAreRefused() {
        for (String device : new String[] {"/dev/zero", "/dev/urandom", "/dev/null"}) {
            ScenarioFormatException e = refused(Path.of(device));
            assertEquals(device + ": " + NOT_REGULAR, e.getMessage());
        }
    }

    @Test
    void aFileOverTheCapIsRefusedWithoutReadingItAll() throws Exception {
        Path big = dir.resolve("big.lifeline.json");
        Files.write(big, new byte[(int) ScenarioFiles.MAX_BYTES + 1]);
        ScenarioFormatException e = refused(big);
        assertEquals(big + ": cannot read: larger than 16 MiB, far too large for a scenario", e.getMessage());
    }

    @Test
    void aSymlinkToAFifoIsRefusedToo() throws Exception {
        Path fifo = dir.resolve("pipe");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor());
        Path link = Files.createSymbolicLink(dir.resolve("l.lifeline.json"), fifo);
        assertEquals(link + ": " + NOT_REGULAR, refused(link).getMessage());
    }
}

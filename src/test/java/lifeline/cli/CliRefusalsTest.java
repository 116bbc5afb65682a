package lifeline.cli;

import static lifeline.cli.CliTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import lifeline.cli.CliTest.Run;
import lifeline.io.Examples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input the command line refuses (exit 2) with a sentence about the input, never a Java class name. */
class CliRefusalsTest {
    @TempDir
    Path dir;

    private Path seed001With(String piece, String replacement) throws Exception {
        String text = Examples.text("seed001-epoll-flush-uaf").orElseThrow();
        assertTrue(text.contains(piece), piece);
        Path f = dir.resolve("s.lifeline.json");
        Files.writeString(f, text.replace(piece, replacement));
        return f;
    }

    static void refused(Run r, String expected) {
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains(expected), r.err());
        assertFalse(r.err().matches("(?s).*\\b(java|javax|com\\.fasterxml)\\.[a-z]+\\.\\w+.*"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void aTypoInAKeyIsRefusedNotChecked() throws Exception {
        Path f = seed001With("\"exits\" : true", "\"exit\" : true");
        Run r = cli("check", f.toString());
        refused(r, f + ":12:7: processes[0]: unknown key \"exit\"; did you mean \"exits\"?");
        assertEquals("", r.out());
    }

    @Test
    void noPropertyMeansNothingToCheck() throws Exception {
        Path f = seed001With("\"properties\" : [ \"NoUseAfterFree\", \"NoDoubleFree\", \"NoRefcountUnderflow\", \"NoLeak\" ]",
                "\"properties\" : [ ]");
        Run r = cli("check", f.toString());
        refused(r, f + ": nothing to check");
        assertEquals("", r.out());
        refused(cli("export", f.toString(), "--out", dir.resolve("x").toString()), "nothing to check");
    }

    @Test
    void devicesAndPipesAreRefusedAtOnce() throws Exception {
        refused(cli("check", "/dev/zero"), "/dev/zero: cannot read: not a regular file");
        Path fifo = dir.resolve("x.lifeline.json");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor());
        refused(cli("check", fifo.toString()), fifo + ": cannot read: not a regular file");
    }
}

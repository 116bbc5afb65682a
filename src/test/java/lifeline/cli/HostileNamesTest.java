package lifeline.cli;

import static lifeline.cli.CliTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import lifeline.cli.CliTest.Run;
import lifeline.io.Examples;
import lifeline.model.Printable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names that try to command the terminal or forge a line are printed escaped, by a real check. */
class HostileNamesTest {
    /** Clears the screen, returns to the start of the line and forges a verdict line of its own. */
    private static final String HOSTILE = "\u001b[2J\u001b[H\rPASS: No violation\n\u202eapp\u009b";

    @TempDir
    Path dir;

    private Path seed001Named(String processName) throws Exception {
        String text = Examples.text("seed001-epoll-flush-uaf").orElseThrow();
        Path f = dir.resolve("hostile.lifeline.json");
        Files.writeString(f, text.replace("\"name\" : \"app\"", "\"name\" : "
                + new ObjectMapper().writeValueAsString(processName)));
        return f;
    }

    @Test
    void aHostileNameIsEscapedInTheReportAndTrace() throws Exception {
        Run r = cli("check", seed001Named(HOSTILE).toString());
        assertEquals(1, r.exit(), r.err());
        assertTrue(Printable.isSafe(r.out().replace("\n", "")), r.out());
        assertTrue(r.out().contains("\\e[2J\\e[H\\rPASS: No violation\\n\\u202eapp\\x9b [300]"), r.out());
        assertFalse(r.out().lines().anyMatch(l -> l.startsWith("PASS")), r.out());
    }

    @Test
    void aHostileNameIsEscapedInJson() throws Exception {
        Run r = cli("check", seed001Named(HOSTILE).toString(), "--format", "json");
        assertEquals(1, r.exit(), r.err());
        assertTrue(Printable.isSafe(r.out().replace("\n", "")), r.out());
        assertTrue(new ObjectMapper().readTree(r.out()).get("trace").toString().contains("PASS: No violation"));
    }

    @Test
    void aHostileNameIsEscapedInValidatorMessages() throws Exception {
        Path f = seed001Named(HOSTILE);
        Files.writeString(f, Files.readString(f).replace("\"tgid\" : 300", "\"tgid\" : 0"));
        Run r = cli("check", f.toString());
        assertEquals(2, r.exit());
        assertTrue(Printable.isSafe(r.err().replace("\n", "")), r.err());
        assertTrue(r.err().contains("process \"\\e[2J\\e[H\\rPASS: No violation\\n\\u202eapp\\x9b\" (P1): tgid 0"),
                r.err());
    }

    /** Once took 132 s and printed 141 MB: a valid 15 MB file whose one name is the whole of it. */
    @Test
    void theWorstFileUnderTheSizeCapIsRefusedQuicklyAndBriefly() throws Exception {
        Path f = seed001Named("x".repeat(15_000_000));
        Run r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> cli("check", f.toString()));
        assertEquals(2, r.exit());
        assertTrue(r.err().contains(f + ": processes[0].name: a string of 15,000,000 characters; no text in a"
                + " scenario may be longer than 10,000"), r.err());
        assertTrue(r.err().length() < 1000, () -> r.err().length() + " characters of message");
        assertEquals("", r.out());
    }
}

package lifeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import lifeline.tlc.TlaToolsLocator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lifeline check} as a user runs it, in a JVM of its own that ends after the check: a small
 * scenario's TLC runs inside that JVM (no child process ever appears), gives the report a TLC child
 * gives, and leaves no folder behind; with {@code --heap} TLC gets a child as before.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class CheckInThisJvmCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private record Run(int exit, JsonNode report, boolean hadChild) {}

    @Test
    void aSmallCheckRunsTlcInsideTheCommandsJvmWithTheReportAChildGives() throws Exception {
        Run here = check("seed001-epoll-flush-uaf", "--format", "json");
        Run child = check("seed001-epoll-flush-uaf", "--format", "json", "--heap", "1024");

        assertFalse(here.hadChild(), "TLC ran inside the command's JVM");
        assertTrue(child.hadChild(), "with --heap TLC runs in a child (and the test sees children)");
        assertEquals(Cli.VIOLATION, here.exit());
        assertEquals(child.exit(), here.exit());
        assertEquals("NoUseAfterFree", here.report().get("violated").asText());
        assertEquals(withoutTimes(child.report()), withoutTimes(here.report()));
        assertEquals(List.of(), leftIn(tmp), "nothing is left in the temp folder");
    }

    /**
     * TLC inside the JVM reads and writes its figures in US English, as a child does, but only while it
     * runs: the verdict's own figures are in the user's format, as with a child (a German "0,7 s").
     */
    @Test
    void aPassingCheckInsideTheJvmExitsZeroAndSaysItInTheUsersFormat() throws Exception {
        Run here = check(List.of("-Duser.language=de", "-Duser.country=DE"),
                "seed001-epoll-flush-uaf-fixed", "--format", "json");

        assertFalse(here.hadChild());
        assertEquals(Cli.OK, here.exit());
        assertEquals("pass", here.report().get("verdict").asText());
        String message = here.report().get("message").asText();
        assertTrue(message.matches(".*, \\d+,\\d s"), "a German decimal comma: " + message);
        assertEquals(List.of(), leftIn(tmp), "nothing is left in the temp folder");
    }

    private Run check(String... args) throws IOException, InterruptedException {
        return check(List.of(), args);
    }

    /** Runs the command in a new JVM with these options, watching every few ms whether it has a child process. */
    private Run check(List<String> jvm, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvm);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "-Djava.io.tmpdir=" + tmp,
                "-D" + TlaToolsLocator.SYSTEM_PROPERTY + "=" + System.getProperty(TlaToolsLocator.SYSTEM_PROPERTY),
                "lifeline.Main", "check"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        });
        boolean hadChild = false;
        while (p.isAlive()) {
            hadChild |= p.descendants().findAny().isPresent();
            Thread.sleep(5);
        }
        return new Run(p.waitFor(), JSON.readTree(out.join()), hadChild);
    }

    /** The report without what differs between any two runs: the times. */
    private static JsonNode withoutTimes(JsonNode report) {
        ObjectNode copy = report.deepCopy();
        copy.remove("message"); // ends with TLC's wall time
        ((ObjectNode) copy.get("statistics")).remove(List.of("wallMillis", "tlcMillis"));
        return copy;
    }

    /** Everything in the command's temp folder: the run's folder, TLC's copies of its standard modules. */
    private static List<Path> leftIn(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }
}

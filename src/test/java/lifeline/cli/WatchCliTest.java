package lifeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import lifeline.tlc.TlaToolsLocator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check --watch FILE} driven as a real process on a real file that is rewritten as editors
 * do (in place, and a new file renamed over it): one verdict line per change, an invalid file its
 * error line and watched on, and on Ctrl+C (SIGINT) no TLC and no folder left behind.
 */
@Timeout(value = 400, unit = TimeUnit.SECONDS)
class WatchCliTest {
    private static final Path EXAMPLES = Path.of("specs", "examples");

    @TempDir
    Path dir;

    @Test
    void everySaveGetsOneVerdictLineAndCtrlCLeavesNothingBehind() throws Exception {
        Path file = dir.resolve("s.lifeline.json");
        Files.copy(EXAMPLES.resolve("seed001-epoll-flush-uaf.lifeline.json"), file);
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Djava.io.tmpdir=" + tmp,
                "-D" + TlaToolsLocator.SYSTEM_PROPERTY + "=" + System.getProperty(TlaToolsLocator.SYSTEM_PROPERTY),
                "lifeline.Main", "check", "--watch", file.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> readLines(p, lines));
        reader.setDaemon(true);
        reader.start();
        try {
            assertTrue(next(lines).startsWith("Watching "));
            String first = next(lines);
            assertTrue(first.contains("s.lifeline.json: VIOLATION: NoUseAfterFree is violated: a trace of 9 kernel steps"),
                    first);

            renameOver(EXAMPLES.resolve("seed001-epoll-flush-uaf-fixed.lifeline.json"), file);
            assertTrue(next(lines).contains("s.lifeline.json: PASS: No violation: "));

            Files.writeString(file, "{ \"version\": 2, \"processes\": [");
            String error = next(lines);
            assertTrue(error.contains(" lifeline: ") && error.contains("s.lifeline.json:"), error);

            Files.copy(EXAMPLES.resolve("seed001-epoll-flush-uaf.lifeline.json"), file,
                    StandardCopyOption.REPLACE_EXISTING); // in place
            assertTrue(next(lines).contains("s.lifeline.json: VIOLATION: NoUseAfterFree is violated"));
            assertTrue(p.isAlive(), "it watches on");

            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30); // it starts a moment after a check
            while (p.descendants().findAny().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            List<ProcessHandle> children = p.descendants().toList();
            assertTrue(!children.isEmpty(), "a TLC child waits for the next check");
            assertEquals(0, new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor());
            assertTrue(p.waitFor(60, TimeUnit.SECONDS) || !p.isAlive(), () -> "Ctrl+C ends the watch (with no"
                    + " lifeline-exit-cleanup thread below, this JVM ignored SIGINT, as the JVMs of a suite run as a"
                    + " background job do: README, Tests); its threads:\n" + threads(p));
            for (ProcessHandle child : children) {
                child.onExit().get(10, TimeUnit.SECONDS);
            }
            assertEquals(List.of(), leftIn(tmp), "no folder is left");
        } finally {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
    }

    /** A save as many editors do it: write a new file beside, rename it over the old one. */
    private static void renameOver(Path content, Path file) throws IOException {
        Path fresh = file.resolveSibling(".s.lifeline.json.swp");
        Files.copy(content, fresh, StandardCopyOption.REPLACE_EXISTING);
        Files.move(fresh, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String next(BlockingQueue<String> lines) throws InterruptedException {
        String line = lines.poll(120, TimeUnit.SECONDS);
        if (line == null) {
            throw new AssertionError("no line within 120 s");
        }
        return line;
    }

    private static void readLines(Process p, BlockingQueue<String> lines) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            // The process is gone.
        }
    }

    private static List<Path> leftIn(Path tmp) throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.filter(f -> f.getFileName().toString().startsWith("lifeline-")).toList();
        }
    }

    /** The threads of a process that did not end, for the failure message (jcmd comes with the JDK). */
    private static String threads(Process p) {
        try {
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    Long.toString(p.pid()), "Thread.print").redirectErrorStream(true).start();
            String out = new String(jcmd.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            jcmd.waitFor(20, TimeUnit.SECONDS);
            return out;
        } catch (java.io.IOException | InterruptedException e) {
            return "(no thread dump: " + e.getMessage() + ")";
        }
    }
}

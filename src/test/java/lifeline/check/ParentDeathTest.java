package lifeline.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import lifeline.tlc.RunFiles;
import lifeline.tlc.TlaToolsLocator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * No TLC outlives Lifeline, and no folder outlives a check: a real parent JVM ({@link
 * CheckingParent}) runs a real TLC child on a long model and is then killed as a user or the
 * system would kill it.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ParentDeathTest {

    @TempDir
    Path root;

    private record Family(Process parent, ProcessHandle child) {}

    private Family startParent() throws IOException {
        return startParent("exploring");
    }

    /** A parent whose child explores a long model, or ("waiting") waits for the parent's next check. */
    private Family startParent(String mode) throws IOException {
        Process parent = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-D" + TlaToolsLocator.SYSTEM_PROPERTY + "=" + System.getProperty(TlaToolsLocator.SYSTEM_PROPERTY),
                CheckingParent.class.getName(), root.toString(), mode)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8));
        long childPid = -1;
        for (String line = out.readLine(); line != null && !line.equals("exploring"); line = out.readLine()) {
            if (line.startsWith("child ")) {
                childPid = Long.parseLong(line.substring("child ".length()));
            }
        }
        ProcessHandle child = ProcessHandle.of(childPid).orElseThrow(() -> new AssertionError("no TLC child"));
        assertTrue(child.isAlive() && parent.isAlive(), "TLC is exploring under its parent");
        return new Family(parent, child);
    }

    @Test
    void theChildEndsItselfAndRemovesItsFolderWhenItsParentIsKilledAndTheNextStartSweepsTheModel() throws Exception {
        Family f = startParent();

        f.parent().destroyForcibly(); // SIGKILL: no shutdown hook runs
        f.parent().waitFor();

        assertGoneWithin(f.child(), 5);
        assertEquals(1, folders().size(), "the child removed its run folder; the killed parent left its model's: "
                + folders());
        assertTrue(folders().get(0).getFileName().toString().startsWith("lifeline-model-"), folders().toString());
        List<Path> swept = RunFiles.sweepStale(root);
        assertEquals(1, swept.size(), swept.toString());
        assertEquals(List.of(), folders());
    }

    @Test
    void sigtermEndsTheChildAndRemovesEveryFolder() throws Exception {
        Family f = startParent();

        f.parent().destroy(); // SIGTERM: the shutdown hook runs
        assertTrue(f.parent().waitFor(20, TimeUnit.SECONDS), "the parent exits");

        assertGoneWithin(f.child(), 5);
        assertEquals(List.of(), folders());
    }

    @Test
    void sigintEndsTheChildAndRemovesEveryFolder() throws Exception {
        Family f = startParent();

        assertEquals(0, new ProcessBuilder("kill", "-INT", Long.toString(f.parent().pid())).start().waitFor());
        assertTrue(f.parent().waitFor(20, TimeUnit.SECONDS), "the parent exits");

        assertGoneWithin(f.child(), 5);
        assertEquals(List.of(), folders());
    }

    @Test
    void aChildWaitingForTheNextCheckEndsItselfAndRemovesItsFolderWhenItsParentIsKilled() throws Exception {
        Family f = startParent("waiting");

        f.parent().destroyForcibly(); // SIGKILL: no shutdown hook runs
        f.parent().waitFor();

        assertGoneWithin(f.child(), 5);
        assertEquals(List.of(), folders(), "the waiting child removed its run folder (the check's are gone)");
    }

    @Test
    void sigtermEndsAChildWaitingForTheNextCheckAndRemovesItsFolder() throws Exception {
        Family f = startParent("waiting");

        f.parent().destroy(); // SIGTERM: the shutdown hook runs
        assertTrue(f.parent().waitFor(20, TimeUnit.SECONDS), "the parent exits");

        assertGoneWithin(f.child(), 5);
        assertEquals(List.of(), folders());
    }

    @Test
    void sigtermWhileChildrenAreStartedAndEndedLeavesNoChildNorFolder() throws Exception {
        Process parent = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-D" + TlaToolsLocator.SYSTEM_PROPERTY + "=" + System.getProperty(TlaToolsLocator.SYSTEM_PROPERTY),
                CheckingParent.class.getName(), root.toString(), "churning")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8));
        assertEquals("exploring", out.readLine());
        Thread.sleep(1500); // some children started and ended: the next is being made

        parent.destroy(); // SIGTERM: the shutdown hook runs while the churning thread goes on
        assertTrue(parent.waitFor(20, TimeUnit.SECONDS), "the parent exits");

        for (ProcessHandle child : childrenUnder(root)) {
            assertGoneWithin(child, 5);
        }
        assertEquals(List.of(), folders(), "nothing made as the parent exited is left");
    }

    /** Processes whose command line names a folder under root: TLC children of a parent of this test. */
    private static List<ProcessHandle> childrenUnder(Path root) {
        return ProcessHandle.allProcesses().filter(p -> p.info().commandLine()
                .map(c -> c.contains(root.toString())).orElse(false)).toList();
    }

    @Test
    void aFolderWhoseOwnerLivesIsNotSwept() throws Exception {
        Path mine = RunFiles.createTempDir(root, "model");
        Path deadOwner = Files.createDirectory(root.resolve("lifeline-model-" + Integer.MAX_VALUE + "-1"));
        Path notOurs = Files.createDirectory(root.resolve("lifeline-model-notapid"));

        assertEquals(List.of(deadOwner), RunFiles.sweepStale(root));

        assertTrue(Files.isDirectory(mine) && Files.isDirectory(notOurs));
        assertFalse(Files.exists(deadOwner));
        RunFiles.delete(mine);
    }

    private static void assertGoneWithin(ProcessHandle child, int seconds) throws Exception {
        try {
            child.onExit().get(seconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            child.destroyForcibly();
            throw new AssertionError("TLC (pid " + child.pid() + ") outlived its parent by " + seconds + " s");
        }
    }

    private List<Path> folders() throws IOException {
        try (Stream<Path> s = Files.list(root)) {
            return s.sorted().toList();
        }
    }
}

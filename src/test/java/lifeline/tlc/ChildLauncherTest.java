package lifeline.tlc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import lifeline.tlc.child.ExploreMain;
import lifeline.tlc.child.TlcMain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The launcher in the TLC child: installed from wherever Lifeline runs, and it watches its stdin. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ChildLauncherTest {
    @TempDir
    Path work;

    @Test
    void theInstalledLauncherIsTheClassLifelineRuns() throws Exception {
        Path dir = ChildLauncher.install(work);

        byte[] installed = Files.readAllBytes(dir.resolve("lifeline/tlc/child/TlcMain.class"));
        try (InputStream in = TlcMain.class.getResourceAsStream("TlcMain.class")) {
            assertArrayEquals(in.readAllBytes(), installed);
        }
    }

    /** The list a child started ahead loads while it waits names classes the bundled TLC and this JDK have. */
    @Test
    void theClassListIsInstalledAndEveryNameInItLoads() throws Exception {
        Path list = ChildLauncher.install(work).resolve(ChildLauncher.RUN_CLASSES);
        List<String> names = Files.readAllLines(list).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        assertTrue(names.stream().anyMatch(n -> n.equals("tlc2.tool.ModelChecker")), "TLC's model checker is listed");
        try (java.net.URLClassLoader tlc = new java.net.URLClassLoader(
                new java.net.URL[] {Fixtures.tlaToolsJar().toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            for (String name : names) {
                Class.forName(name, false, tlc); // throws for a name neither has: the list went stale
            }
        }
    }

    /** Closing the child's stdin alone, its parent alive, ends TLC: the watch a dead parent trips. */
    @Test
    void theChildEndsItselfWhenItsStdinCloses() throws Exception {
        Path tla = Fixtures.copySpec("counting", work.resolve("counting"));
        Path runDir = Files.createDirectory(work.resolve("run"));
        TlcCommand command = TlcCommand.of(TlcCommand.currentJava(), Fixtures.tlaToolsJar(),
                ChildLauncher.install(runDir), tla, Fixtures.configOf(tla), runDir, SmallRuns.options());
        Process child = new ProcessBuilder(command.arguments()).directory(command.workingDirectory().toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectErrorStream(true).start();
        Thread.sleep(3_000); // into the never-ending search (not a timing assertion: any moment would do)

        child.getOutputStream().close();

        if (!child.waitFor(10, TimeUnit.SECONDS)) {
            child.destroyForcibly();
            throw new AssertionError("TLC kept running with its stdin closed");
        }
        assertEquals(TlcMain.ORPHANED_STATUS, child.exitValue());
    }

    /**
     * A child whose parent was gone before its main ran (killed while the JVM started: the child then belongs to
     * another process) ends at once and removes its run folder, though its stdin stays open.
     */
    @Test
    void aChildWhoseParentIsGoneBeforeItsMainEndsAtOnce() throws Exception {
        Path runDir = Files.createDirectory(work.resolve("lifeline-tlc-" + ProcessHandle.current().pid() + "-orphan"));
        long notTheParent = ProcessHandle.current().parent().orElseThrow().pid(); // who started this JVM
        List<String> command = TlcCommand.jvm(TlcCommand.currentJava(), Fixtures.tlaToolsJar(),
                ChildLauncher.install(runDir), runDir, SmallRuns.options(), List.of(
                        "-D" + TlcMain.AWAIT_ARGS_PROPERTY + "=true", "-D" + TlcMain.PARENT_PID_PROPERTY + "=" + notTheParent));
        Process child = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectErrorStream(true).start(); // its stdin open: it would wait for its run
        try {
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child waited for a run of a parent it does not have");
            assertEquals(TlcMain.ORPHANED_STATUS, child.exitValue());
            assertFalse(Files.exists(runDir), "its run folder is gone");
        } finally {
            child.destroyForcibly();
        }
    }

    /** The explorer child, between requests, ends at the end of its stdin too: it never outlives Lifeline. */
    @Test
    void theExplorerChildEndsItselfWhenItsStdinCloses() throws Exception {
        Path tla = Fixtures.copySpec("counting", work.resolve("counting"));
        Path runDir = Files.createDirectory(work.resolve("run"));
        List<String> command = TlcCommand.childJvm(TlcCommand.currentJava(), Fixtures.tlaToolsJar(),
                ChildLauncher.install(runDir), runDir, 256, TlcOptions.Jit.QUICK, ChildLauncher.EXPLORE_CLASS);
        command.addAll(List.of(tla.getParent().toString(), "Counting", "Counting"));
        Process child = new ProcessBuilder(command).directory(tla.getParent().toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertEquals(ExploreMain.READY, out.readLine());

            child.getOutputStream().close();

            if (!child.waitFor(10, TimeUnit.SECONDS)) {
                child.destroyForcibly();
                throw new AssertionError("the explorer kept running with its stdin closed");
            }
        }
        assertEquals(TlcMain.ORPHANED_STATUS, child.exitValue());
    }
}

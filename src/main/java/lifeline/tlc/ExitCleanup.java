package lifeline.tlc;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What this JVM must undo when it exits (normal exit, SIGTERM, SIGINT): one shutdown hook first
 * ends every TLC child, running or waiting for its run, and waits for it, since TLC may still be
 * writing, then removes every temporary directory still there.
 */
final class ExitCleanup {
    private ExitCleanup() {}

    private static final Set<TlcRun> RUNS = ConcurrentHashMap.newKeySet();
    private static final Set<Path> DIRS = ConcurrentHashMap.newKeySet();
    private static final Set<Process> WAITING = ConcurrentHashMap.newKeySet();
    private static final long WAITING_EXIT_MS = 2_000;
    private static final Set<StateExplorer> EXPLORERS = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(ExitCleanup::run, "lifeline-exit-cleanup"));
    }

    static void removeAtExit(Path dir) {
        DIRS.add(dir);
    }

    static void forget(Path dir) {
        DIRS.remove(dir);
    }

    static void stopAtExit(TlcRun run) {
        RUNS.add(run);
    }

    static void forget(TlcRun run) {
        RUNS.remove(run);
    }

    /** A child started ahead of its run, not yet given one: killed at exit. */
    static void killAtExit(Process waiting) {
        WAITING.add(waiting);
    }

    static void forget(Process waiting) {
        WAITING.remove(waiting);
    }

    static void stopAtExit(StateExplorer explorer) {
        EXPLORERS.add(explorer);
    }

    static void forget(StateExplorer explorer) {
        EXPLORERS.remove(explorer);
    }

    private static void run() {
        List.copyOf(WAITING).forEach(Process::destroyForcibly);
        List.copyOf(RUNS).forEach(TlcRun::endForExit);
        for (Process p : List.copyOf(WAITING)) {
            try {
                p.waitFor(WAITING_EXIT_MS, java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        List.copyOf(EXPLORERS).forEach(StateExplorer::close);
        List.copyOf(DIRS).forEach(RunFiles::deleteRecursively);
    }
}

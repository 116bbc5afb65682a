package lifeline.tlc;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What this JVM must undo when it exits (normal exit, SIGTERM, SIGINT): one shutdown hook first
 * ends every running TLC child and waits for it, since TLC may still be writing, then removes every
 * temporary directory still there.
 */
final class ExitCleanup {
    private ExitCleanup() {}

    private static final Set<TlcRun> RUNS = ConcurrentHashMap.newKeySet();
    private static final Set<Path> DIRS = ConcurrentHashMap.newKeySet();
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

    static void stopAtExit(StateExplorer explorer) {
        EXPLORERS.add(explorer);
    }

    static void forget(StateExplorer explorer) {
        EXPLORERS.remove(explorer);
    }

    private static void run() {
        List.copyOf(RUNS).forEach(TlcRun::endForExit);
        List.copyOf(EXPLORERS).forEach(StateExplorer::close);
        List.copyOf(DIRS).forEach(RunFiles::deleteRecursively);
    }
}

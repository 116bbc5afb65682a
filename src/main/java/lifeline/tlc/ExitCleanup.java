package lifeline.tlc;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What this JVM must undo when it exits (normal exit, SIGTERM, SIGINT): one registry of things
 * to end, each with its stage. One shutdown hook ends them stage by stage: TLC children waiting
 * for a run, then TLC runs (waiting for each, since TLC may still be writing), then state
 * explorers, and last removes every temporary directory still there. Once it has begun, nothing more is
 * registered: a child or directory that a background thread (a child started ahead, a refill after a
 * cancelled run) makes while the hook runs would outlive the exit, so its maker undoes it at once.
 */
final class ExitCleanup {
    private ExitCleanup() {}

    /** The order of the cleanup: what may still write into a directory ends before directories go. */
    enum Stage { WAITING_CHILD, RUN, EXPLORER, DIRECTORY }

    private record Task(Stage stage, Runnable undo) {}

    private static final Map<Object, Task> TASKS = new ConcurrentHashMap<>();
    private static boolean exiting; // guarded by the class

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(ExitCleanup::run, "lifeline-exit-cleanup"));
    }

    /**
     * At exit, {@code undo} runs in its stage, unless {@code owner} is forgotten first. Returns false, registering
     * nothing, when the exit has begun: the caller must undo what it made itself, now.
     */
    static synchronized boolean atExit(Object owner, Stage stage, Runnable undo) {
        if (exiting) {
            return false;
        }
        TASKS.put(owner, new Task(stage, undo));
        return true;
    }

    /** {@code owner} ended by itself: nothing to undo at exit. */
    static void forget(Object owner) {
        TASKS.remove(owner);
    }

    private static void run() {
        synchronized (ExitCleanup.class) {
            exiting = true;
        }
        List<Task> tasks = TASKS.values().stream().sorted(Comparator.comparing(Task::stage)).toList();
        for (Task task : tasks) {
            try {
                task.undo().run();
            } catch (RuntimeException e) {
                // One that fails must not keep the others from being undone.
            }
        }
    }
}

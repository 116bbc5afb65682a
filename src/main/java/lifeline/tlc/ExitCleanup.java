package lifeline.tlc;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What this JVM must undo when it exits (normal exit, SIGTERM, SIGINT): one registry of things
 * to end, each with its stage. One shutdown hook ends them stage by stage: TLC children waiting
 * for a run, then TLC runs (waiting for each, since TLC may still be writing), then state
 * explorers, and last removes every temporary directory still there.
 *
 * <p>Background threads (a child started ahead, a refill after a cancelled run) go on while the hook runs,
 * and the JVM halts them where they are once it ends. So the hook first waits for what is being made
 * ({@link #making}) and from then on nothing is registered: what a maker makes after that it undoes itself.
 */
final class ExitCleanup {
    private ExitCleanup() {}

    /** The order of the cleanup: what may still write into a directory ends before directories go. */
    enum Stage { WAITING_CHILD, RUN, EXPLORER, DIRECTORY }

    private record Task(Stage stage, Runnable undo) {}

    private static final Map<Object, Task> TASKS = new ConcurrentHashMap<>();
    private static boolean exiting; // guarded by the class
    private static int inMaking; // guarded by the class
    /** How long the hook waits for what is being made (a JVM starting takes this long on a loaded machine). */
    private static final long MAKING_WAIT_MS = 3000;

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

    /** Work that makes something to undo at exit and registers it (with {@link #atExit}) before it returns. */
    @FunctionalInterface
    interface Maker<T> {
        T make() throws IOException;
    }

    /**
     * Runs {@code maker}, the exit waiting until it returns (at most a few seconds), so that the exit never
     * comes between making something and registering it; refuses once the exit has begun.
     */
    static <T> T making(Maker<T> maker) throws IOException {
        synchronized (ExitCleanup.class) {
            if (exiting) {
                throw new IOException(RunFiles.EXITING);
            }
            inMaking++;
        }
        try {
            return maker.make();
        } finally {
            synchronized (ExitCleanup.class) {
                inMaking--;
                ExitCleanup.class.notifyAll();
            }
        }
    }

    /** {@code owner} ended by itself: nothing to undo at exit. */
    static void forget(Object owner) {
        TASKS.remove(owner);
    }

    private static void run() {
        awaitMakers();
        List<Task> tasks = TASKS.values().stream().sorted(Comparator.comparing(Task::stage)).toList();
        for (Task task : tasks) {
            try {
                task.undo().run();
            } catch (RuntimeException e) {
                // One that fails must not keep the others from being undone.
            }
        }
    }

    private static synchronized void awaitMakers() {
        exiting = true;
        long deadline = System.nanoTime() + MAKING_WAIT_MS * 1_000_000L;
        try {
            for (long left = MAKING_WAIT_MS; inMaking > 0 && left > 0;
                    left = (deadline - System.nanoTime()) / 1_000_000L) {
                ExitCleanup.class.wait(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // clean up what is registered now
        }
    }
}

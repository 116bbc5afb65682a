package lifeline.tlc.child;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Lifeline's own main class in the TLC child JVM, and the launcher's protocol (its tool message
 * codes and system properties): it runs TLC on the given arguments ({@link TlcApi}), after waiting
 * for them when started ahead ({@link TlcWarmUp}), ends the JVM when the Lifeline process that
 * started it is gone (its stdin, which the parent holds open, closes, or the parent process ends),
 * and prints TLC's live statistics ({@link ProgressReport}).
 *
 * <p>When TLC returns it prints TLC's exit status as a tool message before the JVM goes down, so
 * the parent need not wait for the JVM's exit (which takes 0.3 s whenever a thread, like TLC's RMI
 * acceptor or our stdin watch, sits in native code). A tla2tools jar without that API (another
 * version) runs through its {@code main}, which ends the JVM itself: the parent waits for the exit.
 *
 * <p>The parent copies the launcher's class files into the run's directory, so it uses only the JDK
 * and has no nested classes.
 */
public final class TlcMain {
    private TlcMain() {}

    /** The tool message code of a progress report; TLC's own codes are below 10,000. */
    public static final int PROGRESS_CODE = 93_001;
    /** The exit status of a child whose parent is gone (nobody reads it: the parent is dead). */
    public static final int ORPHANED_STATUS = 97;
    /** The system property that sets the progress interval in ms (0: no progress reports). */
    public static final String PROGRESS_MS_PROPERTY = "lifeline.progressMs";
    public static final long DEFAULT_PROGRESS_MS = 400;
    /** The tool message code of the stamp printed when TLC is handed its arguments (for timing only). */
    public static final int STARTED_CODE = 93_002;
    /**
     * The system property that makes the child wait for its run: it loads TLC's classes, then reads
     * TLC's arguments as the first line of its stdin (each URL-encoded, separated by spaces).
     */
    public static final String AWAIT_ARGS_PROPERTY = "lifeline.awaitArgs";
    /** The tool message code of the exit status TLC returned, printed just before the JVM exits. */
    public static final int EXIT_CODE = 93_003;
    /**
     * The system property naming a module that a waiting child parses with SANY, silently, so the
     * parser's code is compiled before its run (a parse of Lifeline's model takes a fifth of the
     * first one's time once compiled); SANY's shared state (ToolIO) is put back as it was.
     */
    public static final String WARM_UP_PROPERTY = "lifeline.warmUp";
    /** The system property naming a class list (one binary name a line, '/' or '.') to load while waiting. */
    public static final String PRELOAD_PROPERTY = "lifeline.preload";
    private static final long PARENT_POLL_MS = 200;
    /** What a waiting child writes over at most (its resident memory grows by that much); a small check allocates less. */
    private static final int TOUCH_MAX_MB = 128;
    private static final int REMOVE_PASSES = 5;
    /** The system property with the pid of the process that starts the child (its parent, while it lives). */
    public static final String PARENT_PID_PROPERTY = "lifeline.parentPid";
    /** The system property naming the child's run folder, which it removes when it ends as an orphan. */
    public static final String RUN_DIR_PROPERTY = "lifeline.runDir";

    public static void main(String[] args) throws Throwable {
        watchParent();
        String[] tlcArgs = args;
        if (Boolean.getBoolean(AWAIT_ARGS_PROPERTY)) {
            TlcWarmUp.warmUpJdk();
            if (!argumentsWaiting(System.in)) { // a run that came early does not wait for the warm-up
                TlcWarmUp.warmUp(System.getProperty(WARM_UP_PROPERTY));
            }
            preload(System.getProperty(PRELOAD_PROPERTY), System.in);
            TlcWarmUp.touchHeap(TOUCH_MAX_MB, () -> argumentsWaiting(System.in));
            tlcArgs = awaitArguments(System.in);
        }
        daemon("lifeline-stdin-watch", () -> haltAtEndOf(System.in));
        int status = TlcApi.run(tlcArgs, System.out, () -> true);
        System.out.print(exitMessage(status));
        System.out.flush();
        System.exit(status);
    }

    /** The tool message announcing TLC's exit status. */
    static String exitMessage(int status) {
        return "@!@!@STARTMSG " + EXIT_CODE + ":0 @!@!@\nLifeline launcher: TLC exits with status " + status
                + "\n@!@!@ENDMSG " + EXIT_CODE + " @!@!@\n";
    }

    /**
     * Ends this JVM at once, first removing its run folder: a parent killed outright (SIGKILL) cannot,
     * and one that ends the child removes it anyway.
     */
    static void die() {
        removeRunFolder(System.getProperty(RUN_DIR_PROPERTY));
        Runtime.getRuntime().halt(ORPHANED_STATUS);
    }

    /** Deletes the run folder the parent named, if it is one of Lifeline's ({@code lifeline-KIND-PID-...}). */
    static void removeRunFolder(String runDir) {
        if (runDir == null) {
            return;
        }
        java.nio.file.Path dir = java.nio.file.Path.of(runDir).toAbsolutePath();
        java.nio.file.Path name = dir.getFileName();
        if (name == null || !name.toString().matches("lifeline-[a-z]+-\\d+-.+")) {
            return;
        }
        // TLC's threads run on while this one deletes, and may write a file into a folder the walk
        // has emptied: walk again, a few times, until the folder is gone.
        for (int pass = 0; pass < REMOVE_PASSES && java.nio.file.Files.exists(dir); pass++) {
            try (java.util.stream.Stream<java.nio.file.Path> walk = java.nio.file.Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException | RuntimeException e) {
                // A file went while walking: the next pass sees what is left.
            }
        }
        // Still there (the parent is removing it too, or TLC keeps writing): the next Lifeline sweeps it.
    }

    /** Loads the classes of {@code classList} (a file) until the run's arguments arrive on {@code in}. */
    private static void preload(String classList, InputStream in) {
        if (classList == null) {
            return;
        }
        try (java.io.BufferedReader list = java.nio.file.Files.newBufferedReader(java.nio.file.Path.of(classList))) {
            TlcWarmUp.preload(list, TlcMain.class.getClassLoader(), () -> argumentsWaiting(in));
        } catch (IOException | RuntimeException e) {
            // No list: TLC loads its classes as it goes.
        }
    }

    /** Whether the run's arguments (or the end of input) wait on {@code in}. */
    private static boolean argumentsWaiting(InputStream in) {
        try {
            return in.available() > 0;
        } catch (IOException e) {
            return true; // a broken pipe: reading the arguments ends this JVM at once
        }
    }

    /**
     * Reads TLC's arguments, the first line of stdin: each URL-encoded (UTF-8), separated by
     * spaces. End of input before it (the parent is gone or cancelled) halts the JVM.
     */
    static String[] awaitArguments(InputStream in) {
        java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
        try {
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    die();
                }
                line.write(b);
            }
        } catch (IOException e) {
            die();
        }
        String text = line.toString(java.nio.charset.StandardCharsets.UTF_8).strip();
        if (text.isEmpty()) {
            return new String[0];
        }
        String[] parts = text.split(" ");
        for (int i = 0; i < parts.length; i++) {
            parts[i] = java.net.URLDecoder.decode(parts[i], java.nio.charset.StandardCharsets.UTF_8);
        }
        return parts;
    }

    /** The parent holds our stdin open and never writes: end of input means it is gone or wants us gone. */
    static void haltAtEndOf(InputStream in) {
        try {
            while (in.read() >= 0) {
                // Nothing is ever sent; a stray byte is ignored.
            }
        } catch (IOException e) {
            // A broken pipe is a parent gone too.
        }
        die();
    }

    /**
     * Halts this JVM when the process that started it is gone, watched from a daemon thread; at once if
     * it is gone already: a parent killed while this JVM was starting has handed it to another process
     * (init, or a subreaper), which the watch would otherwise take for the parent and wait on forever.
     */
    static void watchParent() {
        Optional<ProcessHandle> parent = ProcessHandle.current().parent();
        long started = Long.getLong(PARENT_PID_PROPERTY, -1);
        if (started > 0 && parent.map(p -> p.pid() != started).orElse(false)) { // none seen: the watches decide
            die();
        }
        parent.ifPresent(p -> daemon("lifeline-parent-watch", () -> haltWhenGone(p)));
    }

    /** A second watch, for a parent whose stdin pipe is held open by someone else. */
    static void haltWhenGone(ProcessHandle parent) {
        while (parent.isAlive() && ProcessHandle.current().parent().map(parent::equals).orElse(false)) {
            sleep(PARENT_POLL_MS);
        }
        die();
    }

    static void daemon(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

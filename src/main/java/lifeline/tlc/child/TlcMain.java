package lifeline.tlc.child;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.util.Optional;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Lifeline's own main class in the TLC child JVM: it runs TLC on the given arguments through
 * TLC's own API ({@code tlc2.TLC}: handle the parameters, set the module resolver, process, as
 * TLC's main does), ends the JVM when the Lifeline process that started it is gone (its stdin,
 * which the parent holds open, closes, or the parent process ends), and prints TLC's live
 * statistics as a tool message (TLC itself prints progress once a minute).
 *
 * <p>When TLC returns it prints TLC's exit status as a tool message before the JVM goes down, so
 * the parent need not wait for the JVM's exit (which takes 0.3 s whenever a thread, like TLC's RMI
 * acceptor or our stdin watch, sits in native code). A tla2tools jar without that API (another
 * version) runs through its {@code main}, which ends the JVM itself: the parent waits for the exit.
 *
 * <p>The parent copies this class file alone into the run's directory, so it uses only the JDK
 * (TLC through reflection and its MXBean) and has no nested classes.
 */
public final class TlcMain implements java.rmi.Remote {
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
    private static final int REMOVE_PASSES = 5;
    private static final String TLC_MAIN = "tlc2.TLC";
    private static final String MODEL_CHECKER_BEAN = "tlc2.tool:type=ModelChecker";
    private static long startedNanos = System.nanoTime();
    /** The system property naming the child's run folder, which it removes when it ends as an orphan. */
    public static final String RUN_DIR_PROPERTY = "lifeline.runDir";

    public static void main(String[] args) throws Throwable {
        Optional<ProcessHandle> parent = ProcessHandle.current().parent();
        parent.ifPresent(p -> daemon("lifeline-parent-watch", () -> haltWhenGone(p)));
        String[] tlcArgs = args;
        if (Boolean.getBoolean(AWAIT_ARGS_PROPERTY)) {
            warmUpJdk();
            if (!argumentsWaiting(System.in)) { // a run that came early does not wait for the warm-up
                warmUp(System.getProperty(WARM_UP_PROPERTY));
            }
            preload(System.getProperty(PRELOAD_PROPERTY), System.in);
            tlcArgs = awaitArguments(System.in);
            startedNanos = System.nanoTime();
        }
        System.out.print("@!@!@STARTMSG " + STARTED_CODE + ":0 @!@!@\nLifeline launcher: TLC starts\n@!@!@ENDMSG "
                + STARTED_CODE + " @!@!@\n");
        daemon("lifeline-stdin-watch", () -> haltAtEndOf(System.in));
        long progressMs = Long.getLong(PROGRESS_MS_PROPERTY, DEFAULT_PROGRESS_MS);
        if (progressMs > 0) {
            daemon("lifeline-progress", () -> reportProgress(progressMs, System.out, () -> true));
        }
        int status;
        try {
            status = runTlc(tlcArgs);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        System.out.print(exitMessage(status));
        System.out.flush();
        System.exit(status);
    }

    /**
     * Runs TLC in the calling JVM, for a process that exists for this one check (the command line):
     * TLC prints to {@code out} and {@code err} instead of this JVM's streams, with the same stamps
     * and progress reports as in a child, and the exit status comes back instead of ending the JVM.
     * This class must be loaded by the class loader that loads TLC's classes (a loader of their own:
     * TLC's static state then belongs to this run alone).
     */
    public static int runHere(String[] args, PrintStream out, PrintStream err) throws Throwable {
        if (!hasRunApi()) {
            throw new UnsupportedOperationException("this TLC can only run through its main, which ends the JVM");
        }
        Class<?> toolIO = Class.forName("util.ToolIO");
        toolIO.getField("out").set(null, out);
        toolIO.getField("err").set(null, err);
        startedNanos = System.nanoTime();
        out.print("@!@!@STARTMSG " + STARTED_CODE + ":0 @!@!@\nLifeline launcher: TLC starts\n@!@!@ENDMSG "
                + STARTED_CODE + " @!@!@\n");
        java.util.concurrent.atomic.AtomicBoolean running = new java.util.concurrent.atomic.AtomicBoolean(true);
        long progressMs = Long.getLong(PROGRESS_MS_PROPERTY, DEFAULT_PROGRESS_MS);
        if (progressMs > 0) {
            daemon("lifeline-progress", () -> reportProgress(progressMs, out, running::get));
        }
        try {
            return runTlc(args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        } finally {
            running.set(false);
            out.flush();
        }
    }

    /**
     * Runs TLC as its main does (parameters, the resolver of modules beside the spec, the run) and
     * returns the exit status its main would exit with. What else TLC 2.18's main does is moot here:
     * it warns about a GC that is not the parallel one (the child runs with it) and mails the result
     * when a mail address is set (never, for the child). A TLC without this API runs through its
     * main, which exits the JVM itself.
     */
    static int runTlc(String[] args) throws ReflectiveOperationException {
        Class<?> tlcClass = Class.forName(TLC_MAIN);
        java.lang.reflect.Method[] api = runApi();
        if (api == null) {
            tlcClass.getMethod("main", String[].class).invoke(null, (Object) args);
            return 0; // TLC's main returned without exiting: it succeeded
        }
        java.lang.reflect.Method handleParameters = api[0];
        java.lang.reflect.Method process = api[1];
        java.lang.reflect.Method exitStatus = api[2];
        java.lang.reflect.Method setResolver = api[3];
        java.lang.reflect.Method dirname = api[4];
        java.lang.reflect.Method mainFile = api[5];
        Object tlc = tlcClass.getConstructor().newInstance();
        if (!(Boolean) handleParameters.invoke(tlc, (Object) args)) {
            return 1; // as TLC's main: a tool failure (it printed why)
        }
        // As TLC's main: modules resolve beside the spec first.
        String dir = (String) dirname.invoke(null, mainFile.invoke(tlc));
        Class<?> resolverClass = Class.forName("util.SimpleFilenameToStream");
        setResolver.invoke(tlc, dir.isEmpty() ? resolverClass.getConstructor().newInstance()
                : resolverClass.getConstructor(String.class).newInstance(dir));
        int errorCode = (Integer) process.invoke(tlc);
        return (Integer) exitStatus.invoke(null, errorCode);
    }

    /** Whether this TLC can be run without its main, which ends the JVM (TLC 2.18 can). */
    public static boolean hasRunApi() {
        return runApi() != null;
    }

    /**
     * TLC's API for a run without its main: handle the parameters, process, the exit status of an
     * error code, set the module resolver, the directory of a file, the main file; null if this TLC lacks it.
     */
    private static java.lang.reflect.Method[] runApi() {
        try {
            Class<?> tlcClass = uninitialised(TLC_MAIN);
            uninitialised("util.SimpleFilenameToStream").getConstructor(String.class);
            return new java.lang.reflect.Method[] {
                tlcClass.getMethod("handleParameters", String[].class),
                tlcClass.getMethod("process"),
                uninitialised("tlc2.output.EC$ExitStatus").getMethod("errorConstantToExitStatus", int.class),
                tlcClass.getMethod("setResolver", uninitialised("util.FilenameToStream")),
                uninitialised("util.FileUtil").getMethod("parseDirname", String.class),
                tlcClass.getMethod("getMainFile")};
        } catch (ReflectiveOperationException | LinkageError e) {
            return null;
        }
    }

    /** A class of TLC's, loaded but not initialised: looking at TLC's API sets up none of its state. */
    private static Class<?> uninitialised(String name) throws ClassNotFoundException {
        return Class.forName(name, false, TlcMain.class.getClassLoader());
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
            preload(list, TlcMain.class.getClassLoader(), () -> argumentsWaiting(in));
        } catch (IOException | RuntimeException e) {
            // No list: TLC loads its classes as it goes.
        }
    }

    /**
     * Loads the classes of a list (one binary name a line, '/' or '.'; '#' comments) into {@code loader},
     * so a run has them ready: the JDK's initialised (they hold nothing of TLC's), TLC's linked
     * (verified) but not initialised, so that TLC's static state is set up by its run alone; names it
     * cannot load (another TLC) are skipped. It stops early when {@code stop} says so: the run loads
     * the rest itself.
     */
    public static void preload(java.io.BufferedReader list, ClassLoader loader,
                               java.util.function.BooleanSupplier stop) throws IOException {
        for (String line = list.readLine(); line != null && !stop.getAsBoolean(); line = list.readLine()) {
            String name = line.split(" ", 2)[0].replace('/', '.');
            if (name.isEmpty() || name.startsWith("#") || name.contains("$$")) {
                continue;
            }
            try {
                Class<?> c = Class.forName(name, isJdk(name), loader);
                c.getDeclaredFields(); // links the class, verifying its code, without initialising it
            } catch (ClassNotFoundException | LinkageError | SecurityException e) {
                // Not in this jar: TLC loads what it needs itself.
            }
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

    private static boolean isJdk(String name) {
        return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.")
                || name.startsWith("sun.") || name.startsWith("com.sun.");
    }

    /**
     * Starts what TLC's set-up starts of the JDK, none of it TLC's: the platform MBean server (TLC
     * registers its beans there) and RMI (TLC's fingerprint set is a remote object), by exporting
     * and unexporting this class's instance, together about 0.1 s of every set-up; and the locale
     * data of the date and number formats TLC prints with (its start-up stamps the time).
     */
    public static void warmUpJdk() {
        try {
            new java.text.SimpleDateFormat("yyyy-MM-dd HH:mm:ss").format(new java.util.Date());
            String.format("%,d %.2f", 1_234_567L, 0.5);
            java.text.NumberFormat.getInstance().format(1_234_567L);
            ManagementFactory.getPlatformMBeanServer();
            TlcMain remote = new TlcMain();
            java.rmi.server.UnicastRemoteObject.exportObject(remote, 0);
            java.rmi.server.UnicastRemoteObject.unexportObject(remote, true);
        } catch (java.rmi.RemoteException | RuntimeException | LinkageError e) {
            // TLC starts them itself.
        }
    }

    /** Parses {@code spec} with SANY, its output going nowhere; any failure only means no warm-up. */
    private static void warmUp(String spec) {
        if (spec == null) {
            return;
        }
        try {
            Class<?> toolIO = Class.forName("util.ToolIO");
            java.lang.reflect.Field out = toolIO.getField("out");
            java.lang.reflect.Field err = toolIO.getField("err");
            Object userDir = toolIO.getMethod("getUserDir").invoke(null);
            PrintStream quiet = new PrintStream(java.io.OutputStream.nullOutputStream());
            out.set(null, quiet);
            err.set(null, quiet);
            try {
                Class<?> resolverType = Class.forName("util.FilenameToStream");
                // As TLC's main resolves modules: beside the spec first.
                String dir = java.nio.file.Path.of(spec).toAbsolutePath().getParent() + java.io.File.separator;
                Object resolver = Class.forName("util.SimpleFilenameToStream").getConstructor(String.class)
                        .newInstance(dir);
                Class<?> specType = Class.forName("tla2sany.modanalyzer.SpecObj");
                Object specObj = specType.getConstructor(String.class, resolverType).newInstance(spec, resolver);
                Class.forName("tla2sany.drivers.SANY").getMethod("frontEndMain", specType, String.class, PrintStream.class)
                        .invoke(null, specObj, spec, quiet);
            } finally {
                out.set(null, System.out);
                err.set(null, System.err);
                toolIO.getMethod("setUserDir", String.class).invoke(null, userDir);
                toolIO.getMethod("reset").invoke(null);
            }
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            // Another TLC: it parses cold.
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

    /** A second watch, for a parent whose stdin pipe is held open by someone else. */
    static void haltWhenGone(ProcessHandle parent) {
        while (parent.isAlive() && ProcessHandle.current().parent().map(parent::equals).orElse(false)) {
            sleep(PARENT_POLL_MS);
        }
        die();
    }

    private static void reportProgress(long intervalMs, PrintStream out, java.util.function.BooleanSupplier running) {
        sleep(intervalMs); // leave TLC's start-up the CPU; TLC registers its bean later anyway
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        ObjectName name;
        try {
            name = new ObjectName(MODEL_CHECKER_BEAN);
        } catch (JMException e) {
            return;
        }
        long[] last = {0, System.nanoTime()}; // distinct states and time of the previous report
        while (running.getAsBoolean()) {
            sleep(intervalMs);
            if (running.getAsBoolean() && server.isRegistered(name)) {
                progressMessage(server, name, last).ifPresent(out::print);
            }
        }
    }

    /**
     * One progress report as a tool message, printed whole in one call so it never splits one of
     * TLC's (TLC prints each message with one println). {@code last} holds the previous report's
     * distinct states and time, for the rate, and is updated.
     */
    static Optional<String> progressMessage(MBeanServer server, ObjectName name, long[] last) {
        try {
            // The depth first: the counts read after it include every state it vouches for.
            int depth = (Integer) server.getAttribute(name, "Progress");
            long distinct = (Long) server.getAttribute(name, "DistinctStatesGenerated");
            long generated = (Long) server.getAttribute(name, "StatesGenerated");
            long queue = (Long) server.getAttribute(name, "StateQueueSize");
            int workers = (Integer) server.getAttribute(name, "WorkerCount");
            long now = System.nanoTime();
            long perSecond = now > last[1] ? (distinct - last[0]) * 1_000_000_000L / (now - last[1]) : 0;
            last[0] = distinct;
            last[1] = now;
            return Optional.of(progressText(distinct, generated, queue, depth, workers, perSecond,
                    (now - startedNanos) / 1_000_000));
        } catch (JMException | RuntimeException e) {
            return Optional.empty(); // TLC is between phases (unregistering at the end): skip this one
        }
    }

    /**
     * The report: {@code depth} is TLC's "progress", the greatest depth of a state found so far
     * (TLC counts an initial state as depth 1); {@code perSecond} counts new distinct states.
     */
    static String progressText(long distinct, long generated, long queue, int depth, int workers, long perSecond,
                               long elapsedMs) {
        return "@!@!@STARTMSG " + PROGRESS_CODE + ":0 @!@!@\n"
                + "Lifeline progress: distinct=" + distinct + " generated=" + generated + " queue=" + queue
                + " depth=" + depth + " workers=" + workers + " perSecond=" + perSecond + " elapsedMs=" + elapsedMs
                + "\n@!@!@ENDMSG " + PROGRESS_CODE + " @!@!@\n";
    }

    static void daemon(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

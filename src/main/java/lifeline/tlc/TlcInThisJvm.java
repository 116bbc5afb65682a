package lifeline.tlc;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javax.management.JMException;
import javax.management.ObjectName;
import lifeline.tlc.child.TlcApi;
import lifeline.tlc.child.TlcWarmUp;

/**
 * TLC running on a thread of this JVM, seen as a {@link Process} so that a {@link TlcRun} watches it
 * as it watches a child: TLC's output comes through pipes, its exit status when it returns. It runs
 * in a {@link TlcClassLoader} of its own, through Lifeline's launcher ({@link TlcApi#runHere}).
 *
 * <p>For a JVM that exists for this one check and ends after it (the command line): TLC's threads
 * cannot be killed, and its classes stay loaded after the run. {@link #destroy} asks TLC's model
 * checker to stop, through its management bean, and ends the run at once; what TLC still does goes
 * nowhere and ends with the JVM.
 */
final class TlcInThisJvm extends Process {
    /** The status of a run stopped by {@link #destroy}, as a child's killed by SIGKILL. */
    static final int STOPPED_STATUS = 137;
    private static final String MODEL_CHECKER_BEAN = "tlc2.tool:type=ModelChecker";
    private static final long STOP_POLL_MS = 20;
    private static final String TMPDIR_PROPERTY = "java.io.tmpdir";

    private final Pipe.SinkChannel outSink;
    private final Pipe.SinkChannel errSink;
    private final InputStream stdout;
    private final InputStream stderr;
    private final CompletableFuture<Integer> exit = new CompletableFuture<>();
    private final Thread thread;

    private TlcInThisJvm(Pipe out, Pipe err, List<String> args, TlcClassLoader loader) {
        this.outSink = out.sink();
        this.errSink = err.sink();
        this.stdout = Channels.newInputStream(out.source());
        this.stderr = Channels.newInputStream(err.source());
        this.thread = new Thread(() -> run(args.toArray(String[]::new), loader), "tlc-in-this-jvm");
        thread.setDaemon(true);
    }

    /**
     * Starts TLC with these arguments (spec and config by absolute path) on a thread of its own, its classes
     * from {@code loader}, which no other run has used; TLC writes its standard modules into {@code tmpDir}.
     */
    static TlcInThisJvm start(TlcClassLoader loader, Path tmpDir, List<String> args) throws IOException {
        LoopbackRmi.install();
        giveTemporaryFolder(loader, tmpDir);
        TlcInThisJvm run = new TlcInThisJvm(Pipe.open(), Pipe.open(), args, loader);
        run.thread.start();
        return run;
    }

    /**
     * TLC copies the standard modules it parses (Naturals.tla, ...) out of its jar into java.io.tmpdir,
     * as read when its class {@code util.FilenameToStream} is initialised, and deletes them at the JVM's
     * exit. A child gets its own folder through its JVM options; in this JVM, the property is the run's
     * folder while this run's loader initialises that class (a moment, on this thread), then what it
     * was. Two TLCs writing Naturals.tla into one folder at once could each read the other's half-written copy.
     */
    private static void giveTemporaryFolder(TlcClassLoader loader, Path tmpDir) throws IOException {
        synchronized (TlcInThisJvm.class) {
            String shared = System.getProperty(TMPDIR_PROPERTY);
            System.setProperty(TMPDIR_PROPERTY, tmpDir.toString());
            try {
                Class.forName("util.FilenameToStream", true, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                throw new IOException("TLC's jar has no module resolver (util.FilenameToStream): " + e.getMessage(), e);
            } finally {
                System.setProperty(TMPDIR_PROPERTY, shared);
            }
        }
    }

    /**
     * A class loader for a run soon, which loads TLC's classes (those a check of a seed example loads,
     * {@link ChildLauncher#RUN_CLASSES}) and starts the JDK's services TLC uses, on a thread of its
     * own, while this one goes on.
     */
    static TlcClassLoader loadAhead(Path jar) {
        TlcClassLoader loader = new TlcClassLoader(jar);
        Thread ahead = new Thread(() -> {
            LoopbackRmi.install();
            C1Only.fromNow(); // as a TLC child of a small model runs (TlcOptions.Jit.QUICK)
            TlcWarmUp.warmUpJdk();
            try (InputStream list = TlcInThisJvm.class.getClassLoader().getResourceAsStream(ChildLauncher.RUN_CLASSES)) {
                if (list != null) {
                    TlcWarmUp.preload(new BufferedReader(new InputStreamReader(list, StandardCharsets.UTF_8)), loader,
                            () -> false);
                }
            } catch (IOException | RuntimeException e) {
                // TLC loads its classes as it goes.
            }
        }, "tlc-load-ahead");
        ahead.setDaemon(true);
        ahead.start();
        return loader;
    }

    /** Whether the TLC of {@code loader} can run in this JVM (it has the API that does not end the JVM). */
    static boolean canRun(TlcClassLoader loader) {
        try {
            return (Boolean) launcher(loader).getMethod("hasRunApi").invoke(null);
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            return false;
        }
    }

    private static Class<?> launcher(TlcClassLoader loader) throws ClassNotFoundException {
        return Class.forName(ChildLauncher.API_CLASS, true, loader);
    }

    /**
     * TLC's run on its thread. While it runs, the JVM's number format is US English, in which the output is
     * read (a child gets the same from its JVM options); the user's comes back for the verdict's own figures.
     */
    private void run(String[] args, TlcClassLoader loader) {
        int status = 1;
        Locale usersFormat = Locale.getDefault(Locale.Category.FORMAT);
        Locale.setDefault(Locale.Category.FORMAT, Locale.US);
        try (PrintStream out = stream(outSink); PrintStream err = stream(errSink)) {
            try {
                status = (Integer) launcher(loader).getMethod("runHere", String[].class, PrintStream.class,
                        PrintStream.class).invoke(null, args, out, err);
            } catch (InvocationTargetException e) {
                err.println("TLC failed: " + e.getCause()); // as a child's JVM prints what ended it
            } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
                err.println("TLC could not be started in Lifeline's JVM: " + e);
            }
        } finally {
            LoopbackRmi.closeListeners(); // TLC is done with its fingerprint set, the only remote object
            Locale.setDefault(Locale.Category.FORMAT, usersFormat);
            exit.complete(status);
        }
    }

    private static PrintStream stream(Pipe.SinkChannel sink) {
        return new PrintStream(new BufferedOutputStream(Channels.newOutputStream(sink)), true, StandardCharsets.UTF_8);
    }

    /**
     * Ends the run now: TLC's model checker is asked to stop (once it has started, if it has not yet),
     * and its output is cut off.
     */
    @Override
    public void destroy() {
        if (!exit.complete(STOPPED_STATUS)) {
            return;
        }
        closeQuietly(outSink);
        closeQuietly(errSink);
        LoopbackRmi.closeListeners();
        Thread stopper = new Thread(this::stopModelChecker, "tlc-in-this-jvm-stop");
        stopper.setDaemon(true);
        stopper.start();
    }

    private void stopModelChecker() {
        try {
            ObjectName bean = new ObjectName(MODEL_CHECKER_BEAN);
            var server = ManagementFactory.getPlatformMBeanServer();
            while (thread.isAlive()) {
                if (server.isRegistered(bean)) {
                    server.invoke(bean, "stop", new Object[0], new String[0]);
                    return;
                }
                Thread.sleep(STOP_POLL_MS);
            }
        } catch (JMException | RuntimeException e) {
            // TLC ended between the look and the stop: nothing left to stop.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(Pipe.SinkChannel sink) {
        try {
            sink.close();
        } catch (IOException e) {
            // Closing a pipe's end does not fail in a way that matters here.
        }
    }

    @Override
    public OutputStream getOutputStream() {
        return OutputStream.nullOutputStream(); // TLC reads no input
    }

    @Override
    public InputStream getInputStream() {
        return stdout;
    }

    @Override
    public InputStream getErrorStream() {
        return stderr;
    }

    @Override
    public int waitFor() throws InterruptedException {
        try {
            return exit.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public boolean waitFor(long timeout, TimeUnit unit) throws InterruptedException {
        try {
            exit.get(timeout, unit);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public int exitValue() {
        if (!exit.isDone()) {
            throw new IllegalThreadStateException("TLC is still running");
        }
        return exit.join();
    }

    @Override
    public boolean isAlive() {
        return !exit.isDone();
    }

    @Override
    public CompletableFuture<Process> onExit() {
        return exit.thenApply(status -> this);
    }

    /** This JVM's: TLC runs in it. */
    @Override
    public long pid() {
        return ProcessHandle.current().pid();
    }

    /** None: TLC starts no process, and this JVM's other children are not TLC's. */
    @Override
    public Stream<ProcessHandle> children() {
        return Stream.empty();
    }

    @Override
    public Stream<ProcessHandle> descendants() {
        return Stream.empty();
    }
}

package lifeline.tlc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * Runs TLC on a spec as a separate process. Each run gets its own temporary directory, which
 * holds everything TLC writes, so the spec's directory is left exactly as it was. A runner made {@link #prestarting()} keeps one child started ahead of time, waiting for its run:
 * each run still gets a fresh JVM, used once, and a new one is started shortly after a run ends. A runner
 * made {@link #inThisJvm()} runs its first small model inside the calling JVM instead.
 */
public final class TlcRunner {
    /**
     * How long after a run ends its replacement starts. The caller maps the result and shows it in that
     * time, and a JVM starting beside it would take a core from it: in the app, seed 000's violation
     * took 91 to 104 ms from the check's end to the first step on screen with the child started at once,
     * 38 to 41 ms with it started 120 ms later (CheckLatencyBenchmark, runs alternated). Short enough that
     * the replacement is still ready for a check a second later; a run that comes sooner starts it at once
     * and takes it.
     */
    public static final long REFILL_DELAY_MS = 120;
    private static final Executor REFILL_LATER = CompletableFuture.delayedExecutor(REFILL_DELAY_MS, TimeUnit.MILLISECONDS);
    /**
     * How long after a waiting child starts, a runner that keeps more than one starts the next: the first
     * warms up alone (a child needs most of a second to be ready).
     */
    public static final long SPARE_DELAY_MS = 1000;
    private static final Executor SPARE_LATER = CompletableFuture.delayedExecutor(SPARE_DELAY_MS, TimeUnit.MILLISECONDS);

    private final Path jar;
    private final Path tempRoot;
    private final boolean prestart;
    private final boolean inThisJvm;
    private TlcClassLoader aheadLoader; // guarded by this
    private boolean usedThisJvm; // guarded by this
    private final WaitingChildren waiting;
    private TlcOptions refillDue; // guarded by this: a run ended, and its replacement has not started yet
    private volatile WaitingChild.WarmUp warmUp = WaitingChild.WarmUp.NONE; // the last run's modules

    /** A runner using this tla2tools jar, with run directories under the system's temp directory. */
    public TlcRunner(Path tla2toolsJar) {
        this(tla2toolsJar, null);
    }

    /** A runner using this tla2tools jar, with run directories under {@code tempRoot} (null: the system's). */
    public TlcRunner(Path tla2toolsJar, Path tempRoot) {
        this(tla2toolsJar, tempRoot, false, false, 1);
    }

    private TlcRunner(Path tla2toolsJar, Path tempRoot, boolean prestart, boolean inThisJvm, int keep) {
        this.jar = Objects.requireNonNull(tla2toolsJar, "tla2toolsJar");
        this.tempRoot = tempRoot;
        this.prestart = prestart;
        this.inThisJvm = inThisJvm;
        this.waiting = new WaitingChildren(keep);
    }

    /**
     * A runner like this one that keeps a child started ahead of time: after each run (and after
     * {@link #prestart(TlcOptions)}) one waits, for the heap and JIT of the last run. {@link #close()}
     * kills it; it also dies with this JVM.
     */
    public TlcRunner prestarting() {
        return prestarting(1);
    }

    /**
     * As above, keeping {@code children} waiting (at least 1), each started {@link #SPARE_DELAY_MS} after
     * the one before: a check soon after another then runs in a child started before that one, not in one
     * still starting. Each waiting child holds a JVM's memory.
     */
    public TlcRunner prestarting(int children) {
        return new TlcRunner(jar, tempRoot, true, inThisJvm, children);
    }

    /**
     * A runner like this one for a JVM that makes one check and then ends (the command line): its
     * first run of a small model ({@link TlcOptions.Jit#QUICK}) runs TLC on a thread of this JVM, in
     * a class loader of its own, which spares a second JVM's start; other runs, and a TLC that can
     * only run through its main (which ends the JVM), get a child as usual. TLC's threads cannot be
     * killed and its classes stay loaded after the run: a JVM that goes on checking must not use this.
     */
    public TlcRunner inThisJvm() {
        return new TlcRunner(jar, tempRoot, prestart, true, waiting.keep());
    }

    /** For a runner {@link #inThisJvm()}: TLC's classes start loading now, on a thread of their own. */
    public synchronized void loadAhead() {
        if (inThisJvm && !usedThisJvm && aheadLoader == null) {
            aheadLoader = TlcInThisJvm.loadAhead(jar);
        }
    }

    /** Starts a waiting child for runs with these options now, unless one waits already. */
    public void prestart(TlcOptions options) {
        prestart(options, null);
    }

    /**
     * As above; before any run, the child parses {@code warmUpSpec}'s modules (read now; null: none)
     * while it waits, as later children parse the last run's.
     */
    public void prestart(TlcOptions options, Path warmUpSpec) {
        synchronized (this) {
            if (!prestart || waiting.closed() || waiting.anyFits(options)) {
                return;
            }
            refillDue = null; // started now instead
        }
        if (warmUpSpec != null && warmUp == WaitingChild.WarmUp.NONE) {
            warmUp = WaitingChild.WarmUp.of(warmUpSpec);
        }
        refill(options);
    }

    /** Kills the waiting children, if any; later runs start TLC when they need it. */
    public void close() {
        waiting.close();
    }

    /** The process id of the child waiting for the next run, if one waits. */
    public java.util.OptionalLong waitingPid() {
        return waitingPids().stream().mapToLong(Long::longValue).findFirst();
    }

    /** The process ids of the children waiting, the one for the next run first. */
    public java.util.List<Long> waitingPids() {
        return waiting.pids();
    }

    /** A runner using the jar {@link TlaToolsLocator} finds, the user's setting (may be null) first. */
    public static TlcRunner located(Path explicitJar) throws TlcJarNotFound {
        return new TlcRunner(new TlaToolsLocator().locate(explicitJar));
    }

    public Path jar() {
        return jar;
    }

    /** Starts TLC on {@code specFile} with the .cfg of the same name beside it. */
    public TlcRun start(Path specFile, TlcOptions options, TlcListener listener)
            throws TlcJarNotFound, IOException {
        String name = specFile.getFileName().toString().replaceFirst("\\.tla$", "");
        return start(specFile, specFile.resolveSibling(name + ".cfg"), options, listener);
    }

    /** Starts TLC in the background and returns at once; events go to {@code listener} as TLC prints them. */
    public TlcRun start(Path specFile, Path configFile, TlcOptions options, TlcListener listener)
            throws TlcJarNotFound, IOException {
        Path checkedJar = TlaToolsLocator.check(jar, "the runner's jar path");
        requireFile(specFile);
        requireFile(configFile);
        TlcListener l = listener == null ? TlcListener.NONE : listener;
        TlcRun run = null;
        TlcClassLoader here = takeThisJvm(checkedJar, options);
        if (here != null) {
            return startHere(here, specFile, configFile, options, l);
        }
        refillIfDue(); // a run that comes before the last one's replacement has started takes it now
        WaitingChild ready = waiting.take(options);
        if (ready != null) {
            try {
                run = ready.begin(specFile, configFile, options, l);
            } catch (IOException | RuntimeException e) {
                ready.discard(); // it died just now: start one as usual
            }
        }
        if (run == null) {
            run = startCold(checkedJar, specFile, configFile, options, l);
        }
        if (prestart) {
            warmUp = WaitingChild.WarmUp.of(specFile);
            run.future().whenComplete((result, failure) -> {
                synchronized (this) {
                    refillDue = options;
                }
                REFILL_LATER.execute(this::refillIfDue);
            });
        }
        return run;
    }

    private TlcRun startCold(Path checkedJar, Path specFile, Path configFile, TlcOptions options, TlcListener l)
            throws IOException {
        return startIn(options, l, runDir -> {
            TlcCommand command = TlcCommand.of(TlcCommand.currentJava(), checkedJar, ChildLauncher.install(runDir),
                    specFile.toAbsolutePath(), configFile.toAbsolutePath(), runDir, options);
            return new ProcessBuilder(command.arguments())
                    .directory(command.workingDirectory().toFile())
                    .redirectInput(ProcessBuilder.Redirect.PIPE)
                    .start();
        });
    }

    /** Starts TLC on a thread of this JVM, its run directory made as a child's is. */
    private TlcRun startHere(TlcClassLoader loader, Path specFile, Path configFile, TlcOptions options,
                             TlcListener l) throws IOException {
        return startIn(options, l, runDir -> TlcInThisJvm.start(loader, runDir, TlcCommand.tlcArguments(
                specFile.toAbsolutePath().toString(), configFile.toAbsolutePath().toString(), runDir, options)));
    }

    /** How a run's TLC starts, given its new run directory. */
    @FunctionalInterface
    private interface Start {
        Process in(Path runDir) throws IOException;
    }

    /**
     * Makes a run directory, starts TLC in it and watches the run; the directory goes again if TLC does not
     * start. The exit waits while this makes something it must undo ({@link ExitCleanup#making}).
     */
    private TlcRun startIn(TlcOptions options, TlcListener l, Start start) throws IOException {
        return ExitCleanup.making(() -> {
            Path runDir = RunFiles.createTempDir(tempRoot, RunFiles.RUN_KIND);
            try {
                long spawn = System.nanoTime();
                return TlcRun.watch(start.in(runDir), runDir, options, l, spawn, false);
            } catch (IOException | RuntimeException e) {
                RunFiles.delete(runDir);
                throw e;
            }
        });
    }

    /** The class loader for a run in this JVM, if this runner makes one for these options and has not yet; else null. */
    private TlcClassLoader takeThisJvm(Path checkedJar, TlcOptions options) {
        TlcClassLoader loader;
        synchronized (this) {
            if (!inThisJvm || usedThisJvm || options.jit() != TlcOptions.Jit.QUICK) {
                return null;
            }
            usedThisJvm = true;
            loader = aheadLoader != null ? aheadLoader : new TlcClassLoader(checkedJar);
            aheadLoader = null;
        }
        return TlcInThisJvm.canRun(loader) ? loader : null;
    }

    /** Starts the replacement of the last run's child now, if it is due and has not started yet. */
    private void refillIfDue() {
        TlcOptions due;
        synchronized (this) {
            due = refillDue;
            refillDue = null;
        }
        if (due != null) {
            refill(due);
        }
    }

    /**
     * Starts the next waiting child, for runs like the last one, and another {@link #SPARE_DELAY_MS} later
     * if fewer wait then than the runner keeps.
     */
    private void refill(TlcOptions options) {
        if (waiting.closed()) {
            return;
        }
        WaitingChild fresh;
        try {
            fresh = WaitingChild.start(TlaToolsLocator.check(jar, "the runner's jar path"), tempRoot, options,
                    warmUp);
        } catch (IOException | TlcJarNotFound | RuntimeException e) {
            return; // the next run starts its own child and says what is wrong
        }
        waiting.add(fresh, options);
        if (waiting.wantsMore()) {
            SPARE_LATER.execute(() -> {
                if (waiting.wantsMore()) {
                    refill(options);
                }
            });
        }
    }

    /** Runs TLC to the end. If this thread is interrupted the run is cancelled and the interrupt rethrown. */
    public TlcResult run(Path specFile, Path configFile, TlcOptions options, TlcListener listener)
            throws TlcJarNotFound, IOException, InterruptedException {
        TlcRun run = start(specFile, configFile, options, listener);
        try {
            return run.await();
        } catch (InterruptedException e) {
            run.cancel();
            throw e;
        }
    }

    private static void requireFile(Path file) throws NoSuchFileException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toAbsolutePath().toString(), null, "not found or not a file");
        }
    }
}

package lifeline.tlc;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A TLC process running in the background. Safe to use from any thread: {@link #cancel()} kills
 * it, {@link #await()} waits for its {@link TlcResult}. By the time the result is available the
 * process and its descendants are gone and the run's temporary directory is deleted.
 */
public final class TlcRun {

    private static final int STDERR_TAIL_CHARS = 8 * 1024;
    private static final long READER_JOIN_MS = 5_000;
    private static final long DESCENDANT_EXIT_MS = 2_000;

    private final Process process;
    private final Path runDir;
    private final TlcOptions options;
    private final TlcListener listener;
    private final long startNanos = System.nanoTime();
    private final long spawnNanos;
    private final boolean prestarted;
    private final java.util.Map<Integer, Long> arrivals = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile long exitNanos;
    /** The exit status the launcher announced just before the JVM's exit (see TlcMain). */
    private final CompletableFuture<Integer> announcedExit = new CompletableFuture<>();
    private final TlcResultCollector collector = new TlcResultCollector();
    private final TextTail stderr = new TextTail(STDERR_TAIL_CHARS);
    private final AtomicReference<TlcFailure> stopReason = new AtomicReference<>();
    private final CompletableFuture<TlcResult> result = new CompletableFuture<>();
    private volatile List<ProcessHandle> killedDescendants = List.of();

    private TlcRun(Process process, Path runDir, TlcOptions options, TlcListener listener, long spawnNanos,
                   boolean prestarted) {
        this.process = process;
        this.spawnNanos = spawnNanos;
        this.prestarted = prestarted;
        this.runDir = runDir;
        this.options = options;
        this.listener = listener;
    }

    /** Starts the threads that read, watch and clean up after an already started TLC process. */
    static TlcRun watch(Process process, Path runDir, TlcOptions options, TlcListener listener) {
        return watch(process, runDir, options, listener, System.nanoTime(), false);
    }

    /** As above, for a process started at {@code spawnNanos}, ahead of its run when {@code prestarted}. */
    static TlcRun watch(Process process, Path runDir, TlcOptions options, TlcListener listener, long spawnNanos,
                        boolean prestarted) {
        TlcRun run = new TlcRun(process, runDir, options, listener, spawnNanos, prestarted);
        // If the application exits while TLC runs, TLC must not outlive it; a run begun as it exits ends now.
        boolean registered = ExitCleanup.atExit(run, ExitCleanup.Stage.RUN, run::endForExit);
        Thread out = daemon("tlc-stdout-" + process.pid(), run::readStdout);
        Thread err = daemon("tlc-stderr-" + process.pid(), run::readStderr);
        daemon("tlc-run-" + process.pid(), () -> run.supervise(out, err));
        if (!registered) {
            run.endForExit();
        }
        return run;
    }

    /** Kills TLC and everything it started, at once; the result's outcome will be CANCELLED. */
    public void cancel() {
        stop(new TlcFailure.Cancelled());
    }

    /** Waits for the run to end. If this thread is interrupted, the run goes on. */
    public TlcResult await() throws InterruptedException {
        try {
            return result.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the TLC run's supervisor failed", e.getCause());
        }
    }

    /** Waits at most {@code limit} for the run to end. */
    public Optional<TlcResult> await(Duration limit) throws InterruptedException {
        try {
            return Optional.of(result.get(limit.toNanos(), TimeUnit.NANOSECONDS));
        } catch (TimeoutException e) {
            return Optional.empty();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the TLC run's supervisor failed", e.getCause());
        }
    }

    /** The result as a future; completing or cancelling the returned copy does not affect the run. */
    public CompletableFuture<TlcResult> future() {
        return result.copy();
    }

    public boolean isDone() {
        return result.isDone();
    }

    /** The TLC process's id. */
    public long pid() {
        return process.pid();
    }

    /** The run's private temporary directory (TLC's java.io.tmpdir and metadir); deleted when the run ends. */
    public Path runDirectory() {
        return runDir;
    }

    /** When things happened in this run, for the time breakdown; complete once the run is done. */
    public TlcTimeline timeline() {
        return new TlcTimeline(spawnNanos, startNanos, prestarted, java.util.Map.copyOf(arrivals), exitNanos);
    }

    /** Records why the run was stopped, unless TLC already ended by itself, then kills it. */
    private void stop(TlcFailure reason) {
        if (process.isAlive() && stopReason.compareAndSet(null, reason)) {
            killTree();
        }
    }

    /** For the exit cleanup: stops TLC and waits (briefly) until it is gone, so its folder can go. */
    void endForExit() {
        stop(new TlcFailure.Cancelled());
        try {
            process.waitFor(DESCENDANT_EXIT_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        awaitDescendants();
    }

    private void killTree() {
        closeStdin(); // the child's watchdog halts it at once, even if the kill below were lost
        // Snapshot first: once TLC is dead its children are no longer its descendants.
        List<ProcessHandle> descendants = process.descendants().toList();
        killedDescendants = descendants;
        process.destroyForcibly();
        descendants.forEach(ProcessHandle::destroyForcibly);
    }

    private void readStdout() {
        ToolMessageParser parser = new ToolMessageParser();
        TlcEventDecoder decoder = new TlcEventDecoder();
        char[] buffer = new char[8192];
        try (Reader in = new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                deliver(parser.feed(new String(buffer, 0, n)), decoder);
            }
        } catch (IOException e) {
            // The pipe closes when TLC is killed: what was read so far is all there is.
        }
        deliver(parser.finish(), decoder);
    }

    private void deliver(List<ToolOutput> outputs, TlcEventDecoder decoder) {
        for (ToolOutput output : outputs) {
            if (output instanceof ToolMessage m) {
                arrivals.putIfAbsent(m.code(), System.nanoTime());
                if (m.code() == TlcCodes.LIFELINE_STARTED) {
                    continue; // a time stamp only
                }
                if (m.code() == TlcCodes.LIFELINE_EXIT) {
                    announcedExit.complete(exitStatusIn(m.body()));
                    continue;
                }
            }
            List<TlcEvent> events = decoder.decode(output);
            synchronized (collector) {
                collector.addOutput(output);
                events.forEach(collector::addEvent);
            }
            events.forEach(this::notifyListener);
        }
    }

    private void notifyListener(TlcEvent event) {
        try {
            listener.onEvent(event);
        } catch (RuntimeException e) {
            // A faulty listener must not stop the reading, or TLC would block on a full pipe.
        }
    }

    private void readStderr() {
        char[] buffer = new char[4096];
        try (Reader in = new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                stderr.append(buffer, 0, n);
            }
        } catch (IOException e) {
            // Closed because TLC was killed.
        }
    }

    private void supervise(Thread out, Thread err) {
        TlcResult outcome = null;
        try {
            int exitCode = waitForExit();
            exitNanos = System.nanoTime();
            Duration wallTime = Duration.ofNanos(System.nanoTime() - startNanos);
            awaitDescendants();
            out.join(READER_JOIN_MS);
            err.join(READER_JOIN_MS);
            synchronized (collector) {
                outcome = collector.build(exitCode, stopReason.get(), wallTime, stderr.toString(), options.heapMb());
            }
        } catch (InterruptedException | RuntimeException e) {
            killTree();
        } finally {
            closeStdin();
            RunFiles.delete(runDir);
            ExitCleanup.forget(this);
            if (outcome != null) {
                result.complete(outcome);
            } else {
                result.completeExceptionally(new IllegalStateException("TLC run supervision failed"));
            }
        }
    }

    /**
     * Waits for TLC to end: the process's exit, or the launcher's word that TLC is exiting (then
     * everything TLC printed has been read, and the JVM, which may take 0.3 s more to go, is killed).
     */
    private int waitForExit() throws InterruptedException {
        Duration limit = options.timeout();
        CompletableFuture<Object> ended = CompletableFuture.anyOf(process.onExit(), announcedExit);
        try {
            if (limit == null) {
                ended.get();
            } else {
                ended.get(limit.toNanos(), TimeUnit.NANOSECONDS);
            }
        } catch (TimeoutException e) {
            stop(new TlcFailure.TimedOut(limit));
        } catch (ExecutionException e) {
            // onExit never fails; fall back to waiting for the process
        }
        if (announcedExit.isDone() && stopReason.get() == null) {
            int status = announcedExit.join();
            if (status >= 0) {
                process.destroyForcibly(); // TLC is done; only the JVM's own shutdown is left
                process.waitFor();
                return status;
            }
        }
        return process.waitFor();
    }

    /** The status in "Lifeline launcher: TLC exits with status N"; -1 if it cannot be read. */
    static int exitStatusIn(String body) {
        String[] words = body.strip().split("\\s+");
        try {
            return Integer.parseInt(words[words.length - 1]);
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            return -1;
        }
    }

    private void awaitDescendants() {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(DESCENDANT_EXIT_MS);
        List<ProcessHandle> children = new ArrayList<>(killedDescendants);
        children.addAll(process.descendants().toList());
        for (ProcessHandle child : children) {
            child.destroyForcibly();
            try {
                long left = Math.max(1, deadline - System.nanoTime());
                child.onExit().get(left, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException | TimeoutException e) {
                // Reported nowhere: it is already killed, only its exit notice is late.
            }
        }
    }

    private void closeStdin() {
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            // The pipe is already broken: the child is gone.
        }
    }

    private static Thread daemon(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}

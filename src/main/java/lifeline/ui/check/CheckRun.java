package lifeline.ui.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicReference;
import lifeline.check.CheckRequest;
import lifeline.check.CheckResult;
import lifeline.check.Checker;
import lifeline.model.ValidationException;
import lifeline.tlc.TlcEvent;
import lifeline.tlc.TlcJarNotFound;

/**
 * One check in the background, for the Check button and for checking as you edit alike: TLC starts on the
 * executor's thread, and what happens to it reaches the {@link Listener} on the UI thread. Cancelling kills
 * TLC's process tree; a run cancelled before TLC started never starts it.
 */
final class CheckRun {
    /** What a run tells, always on the UI thread; a run ends with exactly one of finished and stopped. */
    interface Listener {
        default void started(long pid) {}

        /** One of TLC's events that {@link CheckProgress#wanted} wants. */
        default void event(TlcEvent event) {}

        void finished(CompletedCheck done);

        void stopped(CheckStatus why, String text);
    }

    private final long startedNanos;
    private final AtomicReference<Checker.Check> check = new AtomicReference<>();
    private volatile boolean cancelled;

    /** A run asked for at startedNanos (System.nanoTime or the session's clock); nothing runs before start. */
    CheckRun(long startedNanos) {
        this.startedNanos = startedNanos;
    }

    /** Queues the check of request (shown as target) on the executor's background thread. */
    void start(UiExecutor executor, CheckerSource checkers, String target, CheckRequest request, Listener listener) {
        executor.background(() -> execute(executor, checkers, target, request, listener));
    }

    long startedNanos() {
        return startedNanos;
    }

    /** Stops TLC at once (its whole process tree); the run then ends as stopped or as a CANCELLED result. */
    void cancel() {
        cancelled = true;
        Checker.Check c = check.get();
        if (c != null) {
            c.cancel();
        }
    }

    /** On the background thread: starts TLC, hands its events and its result to the UI thread. */
    private void execute(UiExecutor executor, CheckerSource checkers, String target, CheckRequest request,
                         Listener listener) {
        if (cancelled) {
            executor.ui(() -> listener.stopped(CheckStatus.CANCELLED, "Cancelled before TLC started."));
            return;
        }
        Checker.Check started;
        try {
            started = checkers.checker().start(request, event -> {
                if (CheckProgress.wanted(event)) {
                    executor.ui(() -> listener.event(event));
                }
            });
        } catch (ValidationException e) {
            executor.ui(() -> listener.stopped(CheckStatus.ERROR, "The scenario cannot be checked: " + e.getMessage()));
            return;
        } catch (TlcJarNotFound e) {
            executor.ui(() -> listener.stopped(CheckStatus.ERROR, e.getMessage()));
            return;
        } catch (IOException | UncheckedIOException e) {
            executor.ui(() -> listener.stopped(CheckStatus.ERROR, "Could not write the model for TLC: "
                    + e.getMessage()));
            return;
        } catch (RuntimeException e) {
            executor.ui(() -> listener.stopped(CheckStatus.ERROR, "The check failed to start: " + e));
            return;
        }
        check.set(started);
        executor.ui(() -> listener.started(started.pid()));
        if (cancelled) {
            started.cancel();
        }
        try {
            CheckResult result = started.await();
            executor.ui(() -> listener.finished(new CompletedCheck(target, request, result)));
        } catch (InterruptedException e) {
            started.cancel();
            Thread.currentThread().interrupt();
            executor.ui(() -> listener.stopped(CheckStatus.CANCELLED, "The check was cancelled."));
        } catch (RuntimeException e) {
            executor.ui(() -> listener.stopped(CheckStatus.ERROR, "The check failed: " + e));
        }
    }
}

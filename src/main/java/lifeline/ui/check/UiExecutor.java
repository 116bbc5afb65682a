package lifeline.ui.check;

import lifeline.ui.trace.Ticker;

/**
 * The one seam between threads in the check UI: background work, results handed back to the UI
 * thread, and timers on the UI thread. {@link FxUiExecutor} in the application,
 * a synchronous executor (test scope) where a test wants everything on its own thread.
 */
public interface UiExecutor extends Ticker {
    /** Runs work off the UI thread, one piece of work after another. */
    void background(Runnable work);

    /** Runs update on the UI thread, after every update handed over before it. Callable from any thread. */
    void ui(Runnable update);

    /**
     * An executor whose background work runs on a thread of its own, named so, beside this one's (so work handed
     * to one never waits behind the other's); the same UI thread and timers. This one where everything runs on
     * the caller's thread anyway.
     */
    default UiExecutor separate(String name) {
        return this;
    }

    /** Stops the background work: the running piece is interrupted, the waiting ones dropped (a window closing). */
    default void stop() {}
}

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
}

package lifeline.ui.check;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import lifeline.ui.trace.Ticker;

/**
 * Runs background work at once on the calling thread, and UI updates on the thread that owns it
 * (the one that created it): updates handed over from other threads (TLC's reader) wait until the
 * owner hands one over or its background work returns. Timers fire only when {@link #tick()} says
 * so. For tests and benchmarks.
 */
public final class SynchronousUiExecutor implements UiExecutor {
    private final Thread owner = Thread.currentThread();
    private final ConcurrentLinkedQueue<Runnable> pending = new ConcurrentLinkedQueue<>();
    private final List<Runnable> timers = new ArrayList<>();

    @Override
    public void background(Runnable work) {
        work.run();
        drain();
    }

    @Override
    public void ui(Runnable update) {
        pending.add(update);
        if (Thread.currentThread() == owner) {
            drain();
        }
    }

    private void drain() {
        for (Runnable r = pending.poll(); r != null; r = pending.poll()) {
            r.run();
        }
    }

    @Override
    public Ticker.Ticking every(Duration period, Runnable action) {
        timers.add(action);
        return () -> timers.remove(action);
    }

    /** Fires every running timer once. */
    public void tick() {
        List.copyOf(timers).forEach(Runnable::run);
    }

    public int runningTimers() {
        return timers.size();
    }
}

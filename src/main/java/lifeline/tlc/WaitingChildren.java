package lifeline.tlc;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The children a prestarting {@link TlcRunner} keeps waiting for runs, the oldest (the readiest) first, at
 * most a given number. Safe for use from several threads; children are discarded outside its lock.
 */
final class WaitingChildren {
    private final int keep;
    private final Deque<WaitingChild> waiting = new ArrayDeque<>(); // guarded by this
    private boolean closed; // guarded by this

    WaitingChildren(int keep) {
        if (keep < 1) {
            throw new IllegalArgumentException("children waiting: " + keep);
        }
        this.keep = keep;
    }

    int keep() {
        return keep;
    }

    synchronized boolean anyFits(TlcOptions options) {
        return waiting.stream().anyMatch(w -> w.fits(options));
    }

    /** Whether {@link #close()} was called. */
    synchronized boolean closed() {
        return closed;
    }

    /** Whether fewer children wait than are kept (and more may come). */
    synchronized boolean wantsMore() {
        return !closed && waiting.size() < keep;
    }

    /** The oldest child that fits these options, taken out; those before it that do not fit are discarded. */
    WaitingChild take(TlcOptions options) {
        List<WaitingChild> unfit = new ArrayList<>();
        WaitingChild taken = null;
        synchronized (this) {
            while (taken == null && !waiting.isEmpty()) {
                WaitingChild w = waiting.pollFirst();
                if (w.fits(options)) {
                    taken = w;
                } else {
                    unfit.add(w);
                }
            }
        }
        unfit.forEach(WaitingChild::discard);
        return taken;
    }

    /**
     * Adds a child just started for runs with these options. Children for other options go, and so do
     * children beyond the number kept, the newest first; once closed, the child goes at once.
     */
    void add(WaitingChild fresh, TlcOptions options) {
        List<WaitingChild> gone = new ArrayList<>();
        synchronized (this) {
            if (closed) {
                gone.add(fresh);
            } else {
                waiting.removeIf(w -> !w.fits(options) && gone.add(w));
                waiting.addLast(fresh);
                while (waiting.size() > keep) {
                    gone.add(waiting.pollLast());
                }
            }
        }
        gone.forEach(WaitingChild::discard);
    }

    /** Discards every waiting child; children added later are discarded at once. */
    void close() {
        List<WaitingChild> gone;
        synchronized (this) {
            closed = true;
            gone = new ArrayList<>(waiting);
            waiting.clear();
        }
        gone.forEach(WaitingChild::discard);
    }

    /** The process ids of the waiting children, the one the next run takes first. */
    synchronized List<Long> pids() {
        return waiting.stream().map(WaitingChild::pid).toList();
    }
}

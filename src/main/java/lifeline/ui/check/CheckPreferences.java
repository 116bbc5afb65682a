package lifeline.ui.check;

import java.time.Duration;
import lifeline.spec.Granularity;
import lifeline.tlc.TlcOptions;

/**
 * How the user wants checks run: TLC's workers, a time limit in seconds (0: none), TLC's heap,
 * whether to check the literal model, whose traces have one kernel step per trace step, how long a
 * check may take for "Check as you edit" to keep checking that scenario in the background, and whether
 * checking as you edit is on when a document opens.
 */
public record CheckPreferences(int workers, int timeLimitSeconds, int heapMb, boolean detailedTrace,
                               int liveLimitMs, boolean checkAsYouEdit) {
    public static final int MAX_WORKERS = 64;
    public static final int MAX_HEAP_MB = 64 * 1024;
    /**
     * Checking as you edit stops for a scenario whose check takes longer: a second, as issue 12 asks
     * (checking as you edit is for scenarios whose check takes under a second).
     */
    public static final int DEFAULT_LIVE_LIMIT_MS = 1000;
    public static final int MIN_LIVE_LIMIT_MS = 100;
    public static final int MAX_LIVE_LIMIT_MS = 600_000;

    public CheckPreferences {
        if (workers < 1 || workers > MAX_WORKERS) {
            throw new IllegalArgumentException("workers must be between 1 and " + MAX_WORKERS + ", got " + workers);
        }
        if (timeLimitSeconds < 0) {
            throw new IllegalArgumentException("the time limit must not be negative, got " + timeLimitSeconds);
        }
        if (heapMb < TlcOptions.MIN_HEAP_MB || heapMb > MAX_HEAP_MB) {
            throw new IllegalArgumentException("the heap must be between " + TlcOptions.MIN_HEAP_MB + " and "
                    + MAX_HEAP_MB + " MB, got " + heapMb);
        }
        if (liveLimitMs < MIN_LIVE_LIMIT_MS || liveLimitMs > MAX_LIVE_LIMIT_MS) {
            throw new IllegalArgumentException("the limit for checking as you edit must be between "
                    + MIN_LIVE_LIMIT_MS + " and " + MAX_LIVE_LIMIT_MS + " ms, got " + liveLimitMs);
        }
    }

    /** With checking as you edit on. */
    public CheckPreferences(int workers, int timeLimitSeconds, int heapMb, boolean detailedTrace, int liveLimitMs) {
        this(workers, timeLimitSeconds, heapMb, detailedTrace, liveLimitMs, true);
    }

    /** With checking as you edit on, and its default limit. */
    public CheckPreferences(int workers, int timeLimitSeconds, int heapMb, boolean detailedTrace) {
        this(workers, timeLimitSeconds, heapMb, detailedTrace, DEFAULT_LIVE_LIMIT_MS);
    }

    public static CheckPreferences defaults() {
        return new CheckPreferences(Math.min(MAX_WORKERS, TlcOptions.DEFAULT_WORKERS), 0, TlcOptions.DEFAULT_HEAP_MB,
                false);
    }

    public Granularity granularity() {
        return detailedTrace ? Granularity.LITERAL : Granularity.FUSED;
    }

    public TlcOptions tlcOptions() {
        TlcOptions o = TlcOptions.defaults().withWorkers(workers).withHeapMb(heapMb);
        return timeLimitSeconds == 0 ? o : o.withTimeout(Duration.ofSeconds(timeLimitSeconds));
    }

    public CheckPreferences withDetailedTrace(boolean detailed) {
        return new CheckPreferences(workers, timeLimitSeconds, heapMb, detailed, liveLimitMs, checkAsYouEdit);
    }

    public CheckPreferences withTimeLimitSeconds(int seconds) {
        return new CheckPreferences(workers, seconds, heapMb, detailedTrace, liveLimitMs, checkAsYouEdit);
    }

    public CheckPreferences withLiveLimitMs(int ms) {
        return new CheckPreferences(workers, timeLimitSeconds, heapMb, detailedTrace, ms, checkAsYouEdit);
    }

    /** Whether a document opens with checking as you edit on (the check panel turns it on or off for it). */
    public CheckPreferences withCheckAsYouEdit(boolean on) {
        return new CheckPreferences(workers, timeLimitSeconds, heapMb, detailedTrace, liveLimitMs, on);
    }

    /** How long a check may take for checking as you edit to go on. */
    public Duration liveLimit() {
        return Duration.ofMillis(liveLimitMs);
    }
}

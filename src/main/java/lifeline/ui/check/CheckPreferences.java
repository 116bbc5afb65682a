package lifeline.ui.check;

import java.time.Duration;
import lifeline.spec.Granularity;
import lifeline.tlc.TlcOptions;

/**
 * How the user wants checks run: TLC's workers, a time limit in seconds (0: none), TLC's heap,
 * and whether to check the literal model, whose traces have one kernel step per trace step.
 */
public record CheckPreferences(int workers, int timeLimitSeconds, int heapMb, boolean detailedTrace) {
    public static final int MAX_WORKERS = 64;
    public static final int MAX_HEAP_MB = 64 * 1024;

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
        return new CheckPreferences(workers, timeLimitSeconds, heapMb, detailed);
    }

    public CheckPreferences withTimeLimitSeconds(int seconds) {
        return new CheckPreferences(workers, seconds, heapMb, detailedTrace);
    }
}

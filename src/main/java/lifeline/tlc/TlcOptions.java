package lifeline.tlc;

import java.time.Duration;
import java.util.List;

/**
 * How to run TLC: worker threads, the child JVM's heap, an optional time limit (null = none),
 * whether to check for deadlock (TLC's default), extra TLC arguments placed before the spec, the
 * JIT, and random simulation instead of model checking (null = model checking).
 */
public record TlcOptions(int workers, int heapMb, Duration timeout, boolean checkDeadlock, List<String> extraArgs,
                         Jit jit, TlcSimulation simulation) {

    /**
     * How the TLC JVM compiles: FULL (C1 then C2) pays off on long runs; QUICK (C1 only) starts
     * sooner and wins on models of up to a few thousand states (a fused Lifeline model of a
     * small scenario: 1,020 states in 1.5 s instead of 2.7 s; 66,000 states in 12.6 s instead of 9.9 s).
     */
    public enum Jit { FULL, QUICK }

    /** Every core: TLC's workers scale on the fused model (the settings and --workers still override). */
    public static final int DEFAULT_WORKERS = Math.max(1, Runtime.getRuntime().availableProcessors());
    public static final int DEFAULT_HEAP_MB = 1024;
    /** Below this TLC cannot even start its fingerprint set. */
    public static final int MIN_HEAP_MB = 32;

    public TlcOptions {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, got " + workers);
        }
        if (heapMb < MIN_HEAP_MB) {
            throw new IllegalArgumentException("heapMb must be at least " + MIN_HEAP_MB + ", got " + heapMb);
        }
        if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
            throw new IllegalArgumentException("timeout must be positive, got " + timeout);
        }
        extraArgs = List.copyOf(extraArgs);
        jit = jit == null ? Jit.FULL : jit;
    }

    public static TlcOptions defaults() {
        return new TlcOptions(DEFAULT_WORKERS, DEFAULT_HEAP_MB, null, true, List.of(), Jit.FULL, null);
    }

    public TlcOptions withWorkers(int n) {
        return new TlcOptions(n, heapMb, timeout, checkDeadlock, extraArgs, jit, simulation);
    }

    public TlcOptions withHeapMb(int mb) {
        return new TlcOptions(workers, mb, timeout, checkDeadlock, extraArgs, jit, simulation);
    }

    public TlcOptions withTimeout(Duration limit) {
        return new TlcOptions(workers, heapMb, limit, checkDeadlock, extraArgs, jit, simulation);
    }

    public TlcOptions withCheckDeadlock(boolean check) {
        return new TlcOptions(workers, heapMb, timeout, check, extraArgs, jit, simulation);
    }

    public TlcOptions withExtraArgs(List<String> args) {
        return new TlcOptions(workers, heapMb, timeout, checkDeadlock, args, jit, simulation);
    }

    public TlcOptions withJit(Jit j) {
        return new TlcOptions(workers, heapMb, timeout, checkDeadlock, extraArgs, j, simulation);
    }

    /** Random simulation instead of model checking; null goes back to model checking. */
    public TlcOptions withSimulation(TlcSimulation sim) {
        return new TlcOptions(workers, heapMb, timeout, checkDeadlock, extraArgs, jit, sim);
    }
}

package lifeline.cli;

import java.nio.file.Path;
import java.time.Duration;
import lifeline.check.CheckRequest;
import lifeline.check.JitPolicy;
import lifeline.check.SmallModel;
import lifeline.spec.Granularity;
import lifeline.tlc.TlcJarNotFound;
import lifeline.tlc.TlcOptions;
import lifeline.tlc.TlcRunner;
import picocli.CommandLine.Option;

/** The options every command that runs TLC shares. */
final class TlcSettings {
    @Option(names = "--workers", paramLabel = "N", description = "TLC worker threads (default: one for a small model, "
            + "so its counterexample is the same every run; else one per core)")
    Integer workers;

    @Option(names = "--heap", paramLabel = "MB", description = "TLC heap in MB (default: 1024)")
    Integer heapMb;

    @Option(names = "--timeout", paramLabel = "S", description = "stop TLC after S seconds: exit 3 with what it had "
            + "checked (the depth, with one worker; else the states), or 2 before it explored any")
    Integer timeoutSeconds;

    @Option(names = "--tla2tools", paramLabel = "JAR",
            description = "the tla2tools.jar to run (default: $TLA2TOOLS_JAR, else the bundled TLC 2.18)")
    Path jar;

    enum JitChoice { auto, quick, full }

    @Option(names = "--jit", paramLabel = "JIT", description = "TLC's JIT: auto (default: C1 only for the fused "
            + "model of a small scenario), quick (C1 only), full (C1 and C2, best for long runs)")
    JitChoice jit = JitChoice.auto;

    @Option(names = "--literal", description = "check the literal model: one TLA+ step per kernel step "
            + "(slower; the default fused model gives the same verdicts)")
    boolean literal;

    /** TLC gains nothing from workers beyond the cores; thousands of threads only exhaust the machine. */
    static final int MAX_WORKERS = 256;

    TlcOptions options() {
        if (workers != null && (workers < 1 || workers > MAX_WORKERS)) {
            throw new UserError("--workers " + workers + " is out of range: give 1 to " + MAX_WORKERS
                    + " (this machine has " + Runtime.getRuntime().availableProcessors()
                    + " cores, and TLC gains nothing from more workers than cores)");
        }
        int heap = heapMb == null ? TlcOptions.DEFAULT_HEAP_MB : heapMb;
        if (heap < TlcOptions.MIN_HEAP_MB) {
            throw new UserError("--heap " + heap + " is too small: TLC needs at least " + TlcOptions.MIN_HEAP_MB
                    + " MB");
        }
        if (timeoutSeconds != null && timeoutSeconds < 1) {
            throw new UserError("--timeout must be at least 1 second");
        }
        TlcOptions o = TlcOptions.defaults().withWorkers(workers == null ? TlcOptions.DEFAULT_WORKERS : workers)
                .withHeapMb(heap);
        return timeoutSeconds == null ? o : o.withTimeout(Duration.ofSeconds(timeoutSeconds));
    }

    /**
     * The request with the JIT the user chose, or the one the policy picks, and the workers the
     * user gave, or one for a small model ({@link SmallModel}).
     */
    CheckRequest tuned(CheckRequest r) {
        CheckRequest w = workers == null ? SmallModel.oneWorker(r) : r;
        return switch (jit) {
            case auto -> JitPolicy.apply(w);
            case quick -> w.with(w.tlc().withJit(TlcOptions.Jit.QUICK));
            case full -> w.with(w.tlc().withJit(TlcOptions.Jit.FULL));
        };
    }

    Granularity granularity() {
        return literal ? Granularity.LITERAL : Granularity.FUSED;
    }

    TlcRunner runner() {
        try {
            return TlcRunner.located(jar);
        } catch (TlcJarNotFound e) {
            throw new UserError(e.getMessage());
        }
    }
}

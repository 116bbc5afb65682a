package lifeline.cli;

import java.util.concurrent.ThreadLocalRandom;
import lifeline.tlc.TlcOptions;
import lifeline.tlc.TlcSimulation;
import picocli.CommandLine.Option;

/** `check --simulate`: random runs (TLC's simulation) instead of checking every behaviour. */
final class SimulationOptions {
    @Option(names = "--simulate", description = "random runs instead of an exhaustive check, for scenarios too "
            + "big to check: finds violations, proves nothing (exit 3 when none is found)")
    boolean simulate;

    @Option(names = "--depth", paramLabel = "D", description = "with --simulate: steps per run (default: "
            + TlcSimulation.DEFAULT_DEPTH + ")")
    Integer depth;

    @Option(names = "--walks", paramLabel = "N", description = "with --simulate: number of runs (default: "
            + TlcSimulation.DEFAULT_WALKS + ")")
    Long walks;

    @Option(names = "--seed", paramLabel = "S", description = "with --simulate: the random seed, to repeat runs "
            + "(default: a new one, printed with the result)")
    Long seed;

    /** The options with the simulation asked for, if any. */
    TlcOptions applyTo(TlcOptions options) {
        if (!simulate) {
            if (depth != null || walks != null || seed != null) {
                throw new UserError("--depth, --walks and --seed go with --simulate");
            }
            return options;
        }
        if (depth != null && depth < 1) {
            throw new UserError("--depth must be at least 1");
        }
        if (walks != null && walks < 1) {
            throw new UserError("--walks must be at least 1");
        }
        return options.withSimulation(new TlcSimulation(depth == null ? TlcSimulation.DEFAULT_DEPTH : depth,
                walks == null ? TlcSimulation.DEFAULT_WALKS : walks,
                seed == null ? ThreadLocalRandom.current().nextLong(1L << 48) : seed));
    }
}

package lifeline.check;

import lifeline.model.Scenario;
import lifeline.spec.Granularity;
import lifeline.tlc.TlcOptions;

/**
 * Picks TLC's JIT for a check: C1 only for the fused model of a small scenario (a few thousand
 * states at most, where compiling with C2 costs more than it saves), full tiers otherwise.
 */
public final class JitPolicy {
    static final int SMALL_PROCESSES = 4;
    static final int SMALL_FILES = 6;
    static final int SMALL_OPERATIONS = 10;

    private JitPolicy() {}

    public static TlcOptions.Jit choose(Scenario s, Granularity g) {
        int ops = s.processes().stream().mapToInt(p -> p.operations().size()).sum();
        boolean small = s.processes().size() <= SMALL_PROCESSES && s.files().size() <= SMALL_FILES
                && ops <= SMALL_OPERATIONS;
        return g == Granularity.FUSED && small ? TlcOptions.Jit.QUICK : TlcOptions.Jit.FULL;
    }

    /** The request with the JIT this policy picks. */
    public static CheckRequest apply(CheckRequest r) {
        return r.with(r.tlc().withJit(choose(r.scenario(), r.options().granularity())));
    }
}

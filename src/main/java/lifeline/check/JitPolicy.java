package lifeline.check;

import lifeline.model.Scenario;
import lifeline.spec.Granularity;
import lifeline.tlc.TlcOptions;

/**
 * Picks TLC's JIT for a check: C1 only for a {@link SmallModel} (a few thousand states at most,
 * where compiling with C2 costs more than it saves), full tiers otherwise.
 */
public final class JitPolicy {
    private JitPolicy() {}

    public static TlcOptions.Jit choose(Scenario s, Granularity g) {
        return SmallModel.is(s, g) ? TlcOptions.Jit.QUICK : TlcOptions.Jit.FULL;
    }

    /** The request with the JIT this policy picks. */
    public static CheckRequest apply(CheckRequest r) {
        return r.with(r.tlc().withJit(choose(r.scenario(), r.options().granularity())));
    }
}

package lifeline.check;

import lifeline.tlc.TlcFailure;
import lifeline.tlc.TlcOutcome;
import lifeline.tlc.TlcResult;
import lifeline.tlc.TlcSimulation;

/** What random runs (TLC's simulation) that found no violation say, plainly: never a pass. */
final class RandomRunsText {
    private RandomRunsText() {}

    static String message(TlcSimulation sim, TlcResult r) {
        String seed = " (seed " + sim.seed() + ")";
        if (r.outcome() == TlcOutcome.PASSED) {
            String checked = r.statesWalked().isPresent()
                    ? String.format("They checked %,d states; random runs", r.statesWalked().getAsLong())
                    : "Random runs";
            return String.format("No violation found in %,d random runs of up to %,d steps%s. "
                    + "%s prove nothing about the behaviours they did not take.", sim.walks(), sim.depth(),
                    seed, checked);
        }
        String lead = r.failure().filter(TlcFailure.TimedOut.class::isInstance)
                .map(f -> "Stopped at the time limit of " + ((TlcFailure.TimedOut) f).limit().toSeconds() + " s")
                .orElse("Cancelled");
        return String.format("%s before the %,d random runs of up to %,d steps were done%s: no verdict.", lead,
                sim.walks(), sim.depth(), seed);
    }
}

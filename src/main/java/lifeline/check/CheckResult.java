package lifeline.check;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import lifeline.fix.Fix;
import lifeline.model.Property;
import lifeline.tlc.TlcStatistics;
import lifeline.trace.KernelTrace;
import lifeline.trace.Naming;
import lifeline.trace.report.CauseAndEffect;

/**
 * The outcome of one check in the scenario's terms.
 *
 * @param message a one-line summary in plain words
 * @param report the KASAN/kmemleak style report of a violation, or the error, or ""
 * @param story the violation's cause and effect (freed, used, lost here), which the report ends with, the JSON
 *        and the player show; NONE without a violation
 * @param statesWalked for random runs, the states their walks checked (they count no distinct states)
 * @param wallTime from the start of generation to the mapped result
 * @param tlcTime the TLC subprocess's own wall time
 * @param completeSteps for a stopped check, how many steps of every behaviour TLC explored completely
 * @param fix the fix for a recognised bug pattern of the violation
 * @param violations every distinct violation (one for a check that stopped at the first, all of them for
 *        a check that went on with TLC's -continue); empty without a violation
 * @param violationsCaveat why {@code violations} may lack some, when it may (TLC's evaluator could not
 *        name every property of each violating state)
 */
public record CheckResult(Verdict verdict, Optional<Property> violated, String message, String report,
                          Optional<KernelTrace> trace, CauseAndEffect story, Optional<TlcStatistics> statistics,
                          OptionalLong statesWalked, Duration wallTime, Duration tlcTime, Naming naming,
                          Optional<Integer> completeSteps, Optional<Fix> fix, List<FoundViolation> violations, Optional<String> violationsCaveat) {

    public CheckResult {
        violations = List.copyOf(violations);
    }

    public long distinctStates() {
        return statistics.map(TlcStatistics::distinctStates).orElse(0L);
    }

    /** The share of the wall time spent outside the TLC process (generation, start-up glue, mapping). */
    public double outsideTlcShare() {
        long wall = wallTime.toNanos();
        return wall == 0 ? 0 : Math.max(0, wall - tlcTime.toNanos()) / (double) wall;
    }
}

package lifeline.check;

import java.util.Optional;
import java.util.Set;
import lifeline.fix.Fix;
import java.util.stream.Collectors;
import java.util.List;
import lifeline.trace.KernelTrace;
import lifeline.trace.report.CauseAndEffect;
import lifeline.trace.report.ViolationSite;

/**
 * One distinct violation of a check that collected them all: its site (property, object, where
 * it was freed or lost), its shortest trace with the report, and which of the violating states TLC
 * reported belong to it (a state that breaks two properties belongs to a violation of each).
 *
 * @param story its cause and effect on its shortest trace, which its report ends with
 * @param reported the indexes of its states among the violating states TLC reported (0 is the first)
 * @param fix the fix advised for its shortest trace: violations with the same fix are one bug, met at
 *        different sites (seed 003's missing kref_get frees the device in the unplug or in the release,
 *        whichever puts first)
 */
public record FoundViolation(ViolationSite site, KernelTrace trace, CauseAndEffect story, String report,
                             Set<Integer> reported,
                             Optional<Fix> fix) {
    public FoundViolation {
        reported = Set.copyOf(reported);
    }

    /** How many violating states TLC reported for it. */
    public int states() {
        return reported.size();
    }

    /** How many violating states TLC reported for these violations together (each state once). */
    public static int states(List<FoundViolation> found) {
        return found.stream().flatMap(v -> v.reported().stream()).collect(Collectors.toSet()).size();
    }
}

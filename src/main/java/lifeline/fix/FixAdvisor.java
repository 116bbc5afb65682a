package lifeline.fix;

import java.util.List;
import java.util.Optional;
import lifeline.model.Property;
import lifeline.trace.KernelTrace;
import lifeline.trace.Naming;

/** Recognises the bug pattern of a violation (the five seed stories and fget/fput) and names its fix. */
public final class FixAdvisor {
    private static final List<FixRule> RULES = List.of(new WaitQueueInReleaseRule(),
            new PrivateDataInReleaseRule(), new ReservedByRecordRule(), new DeviceReferenceRule(),
            new HookCopiesPathRule(), new BalancedIoctlRule());

    private FixAdvisor() {}

    public static Optional<Fix> advise(Property violated, KernelTrace trace, Naming naming) {
        Culprit culprit = Culprit.of(violated, trace);
        for (FixRule rule : RULES) {
            Optional<Fix> fix = rule.propose(culprit, naming);
            if (fix.isPresent()) {
                return fix;
            }
        }
        return Optional.empty();
    }
}

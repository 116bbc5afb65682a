package lifeline.fix;

import java.util.Optional;
import lifeline.trace.Naming;

/** One bug pattern of the seed stories and its fix. */
interface FixRule {
    Optional<Fix> propose(Culprit culprit, Naming naming);
}

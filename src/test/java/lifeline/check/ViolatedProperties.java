package lifeline.check;

import java.util.EnumSet;
import java.util.Set;
import lifeline.model.Property;
import lifeline.model.Scenario;
import lifeline.spec.Granularity;

/**
 * Which of the properties a scenario violates, in as few TLC runs as that takes. The properties are
 * invariants over one state space (Lifeline.tla records faults and never reads them), so a run of a
 * set of properties either passes them all or names one that is violated; drop that one and run the
 * rest again. A scenario that violates k properties costs k + 1 runs instead of one run a property.
 */
final class ViolatedProperties {
    private ViolatedProperties() {}

    /** The violated properties among all of them; first is a finished run of all of them, or null. */
    static Set<Property> of(Scenario s, Granularity g, CheckResult first) {
        return of(s, EnumSet.allOf(Property.class), g, first);
    }

    /** The violated properties among {@code among}; first is a finished run of all of them, or null. */
    static Set<Property> of(Scenario s, Set<Property> among, Granularity g, CheckResult first) {
        Set<Property> left = EnumSet.copyOf(among);
        Set<Property> violated = EnumSet.noneOf(Property.class);
        CheckResult r = first != null ? first : TlcFixture.check(s, left, g);
        while (r.verdict() == Verdict.VIOLATION) {
            Property p = r.violated().orElseThrow(() -> new AssertionError("a violation names no property"));
            violated.add(p);
            left.remove(p);
            if (left.isEmpty()) {
                return violated;
            }
            r = TlcFixture.check(s, left, g);
        }
        if (r.verdict() != Verdict.PASS) {
            throw new AssertionError(g + " check of " + left + " ended " + r.verdict() + ": " + r.message());
        }
        return violated;
    }
}

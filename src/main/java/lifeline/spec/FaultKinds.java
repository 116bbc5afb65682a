package lifeline.spec;

import java.util.Optional;
import lifeline.model.Property;

/** The fault kinds Lifeline.tla records (faults[].kind) and the property that looks at each. */
public final class FaultKinds {
    private FaultKinds() {}

    /** The recorded fault kind a property checks; NoLeak looks at the state, not at faults. */
    public static Optional<String> of(Property p) {
        return switch (p) {
            case NO_USE_AFTER_FREE -> Optional.of("uaf");
            case NO_DOUBLE_FREE -> Optional.of("double_free");
            case NO_REFCOUNT_UNDERFLOW -> Optional.of("underflow");
            case RELEASE_IN_OPENER_CONTEXT -> Optional.of("context");
            case NO_LEAK -> Optional.empty();
        };
    }
}

package lifeline.spec;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import lifeline.model.Property;

/**
 * The fault kinds specs/Lifeline.tla records ({@code faults[].kind}, the constant {@code Record}) and the
 * property that looks at each. Each carries the string the spec writes it as, read once where TLC's values
 * become a fault; NoLeak looks at the state, not at faults.
 */
public enum FaultKind {
    UAF("uaf", Property.NO_USE_AFTER_FREE, "use-after-free"),
    DOUBLE_FREE("double_free", Property.NO_DOUBLE_FREE, "double free"),
    UNDERFLOW("underflow", Property.NO_REFCOUNT_UNDERFLOW, "refcount underflow"),
    CONTEXT("context", Property.RELEASE_IN_OPENER_CONTEXT, "release in a foreign context");

    private static final Map<String, FaultKind> BY_TLA = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(FaultKind::tla, Function.identity()));

    private final String tla;
    private final Property property;
    private final String words;

    FaultKind(String tla, Property property, String words) {
        this.tla = tla;
        this.property = property;
        this.words = words;
    }

    /** The kind as Lifeline.tla writes it, and the reports and the JSON after it: "double_free". */
    public String tla() {
        return tla;
    }

    /** The property whose invariant forbids a fault of this kind. */
    public Property property() {
        return property;
    }

    /** The kind in words, as the backtrace panel writes it: "double free". */
    public String words() {
        return words;
    }

    /** The recorded fault kind a property checks; none for NoLeak. */
    public static Optional<FaultKind> of(Property p) {
        return Arrays.stream(values()).filter(k -> k.property == p).findFirst();
    }

    /**
     * The kind the spec wrote as {@code tla}.
     *
     * @throws IllegalArgumentException for a kind this version of Lifeline does not know (a spec newer than it)
     */
    public static FaultKind ofTla(String tla) {
        FaultKind k = BY_TLA.get(tla);
        if (k == null) {
            throw new IllegalArgumentException("the model records a fault kind Lifeline does not know: \"" + tla
                    + "\" (known: " + String.join(", ", BY_TLA.keySet().stream().sorted().toList()) + ")");
        }
        return k;
    }

    /** As the reports print it: the spec's name. */
    @Override
    public String toString() {
        return tla;
    }
}

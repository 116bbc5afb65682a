package lifeline.trace.value;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/** A finite TLA+ set {@code {a, b}}; keeps the printed order, compares by content. */
public record TlaSet(Set<TlaValue> elements) implements TlaValue {
    public static final TlaSet EMPTY = new TlaSet(Set.of());

    public TlaSet {
        elements = copy(elements);
    }

    public static TlaSet of(TlaValue... elements) {
        return new TlaSet(Arrays.asList(elements));
    }

    /** A set of the given elements in their order; repeated elements count once. */
    public TlaSet(Collection<TlaValue> elements) {
        this(new LinkedHashSet<>(elements));
    }

    private static Set<TlaValue> copy(Set<TlaValue> elements) {
        Set<TlaValue> copy = new LinkedHashSet<>(elements.size() * 2);
        for (TlaValue element : elements) {
            copy.add(Objects.requireNonNull(element, "set element"));
        }
        return Collections.unmodifiableSet(copy);
    }

    @Override
    public void appendTla(StringBuilder out) {
        TlaSyntax.appendJoined(out, "{", elements, "}");
    }

    @Override
    public String kindName() {
        return "set";
    }

    @Override
    public Set<TlaValue> asSet() {
        return elements;
    }

    @Override
    public String toString() {
        return toTla();
    }
}

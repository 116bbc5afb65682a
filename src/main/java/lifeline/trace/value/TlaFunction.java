package lifeline.trace.value;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A TLA+ function printed as {@code (k1 :> v1 @@ k2 :> v2)}: TLC's print of a non-empty function that is
 * neither a sequence nor a record. Keeps the printed entry order; compares by content.
 */
public record TlaFunction(Map<TlaValue, TlaValue> entries) implements TlaValue {

    public TlaFunction {
        entries = copy(entries);
    }

    /** The one-entry function {@code key :> value}. */
    public static TlaFunction of(TlaValue key, TlaValue value) {
        return new TlaFunction(Map.of(key, value));
    }

    private static Map<TlaValue, TlaValue> copy(Map<TlaValue, TlaValue> entries) {
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("a function has at least one entry (TLC prints an empty one as <<>>)");
        }
        Map<TlaValue, TlaValue> copy = new LinkedHashMap<>(entries.size() * 2);
        entries.forEach((key, value) -> copy.put(Objects.requireNonNull(key, "key"),
                Objects.requireNonNull(value, "value")));
        return Collections.unmodifiableMap(copy);
    }

    @Override
    public void appendTla(StringBuilder out) {
        out.append('(');
        String separator = "";
        for (Map.Entry<TlaValue, TlaValue> entry : entries.entrySet()) {
            out.append(separator);
            entry.getKey().appendTla(out);
            out.append(" :> ");
            entry.getValue().appendTla(out);
            separator = " @@ ";
        }
        out.append(')');
    }

    @Override
    public String kindName() {
        return "function";
    }

    @Override
    public Map<TlaValue, TlaValue> asFunction() {
        return entries;
    }

    @Override
    public Optional<TlaValue> tryApply(TlaValue key) {
        return Optional.ofNullable(entries.get(key));
    }

    /** The values at 1..n, if the domain is exactly 1..n. */
    @Override
    public List<TlaValue> asSeq() {
        List<TlaValue> values = new ArrayList<>(entries.size());
        for (long i = 1; i <= entries.size(); i++) {
            TlaValue value = entries.get(new TlaInt(i));
            if (value == null) {
                throw TlaValueTypeException.expected("a sequence (a function with domain 1.." + entries.size() + ")", this);
            }
            values.add(value);
        }
        return Collections.unmodifiableList(values);
    }

    @Override
    public String toString() {
        return toTla();
    }
}

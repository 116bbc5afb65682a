package lifeline.trace.value;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A TLA+ record {@code [a |-> 1, b |-> "x"]}: TLC's print of any non-empty function whose domain is
 * strings that are names. Keeps the printed field order; compares by content.
 */
public record TlaRecord(Map<String, TlaValue> fields) implements TlaValue {

    public TlaRecord {
        fields = copy(fields);
    }

    /** A record from alternating names and values: {@code of("a", TlaInt.of(1), "b", TlaBool.TRUE)}. */
    public static TlaRecord of(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("expected name, value pairs");
        }
        Map<String, TlaValue> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put((String) namesAndValues[i], (TlaValue) namesAndValues[i + 1]);
        }
        return new TlaRecord(fields);
    }

    private static Map<String, TlaValue> copy(Map<String, TlaValue> fields) {
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("a record has at least one field (TLC prints an empty one as <<>>)");
        }
        Map<String, TlaValue> copy = new LinkedHashMap<>(fields.size() * 2);
        fields.forEach((name, value) -> {
            if (name == null || !TlaSyntax.isName(name)) {
                throw new IllegalArgumentException("not a record field name: " + name);
            }
            copy.put(name, Objects.requireNonNull(value, "value of field " + name));
        });
        return Collections.unmodifiableMap(copy);
    }

    @Override
    public void appendTla(StringBuilder out) {
        out.append('[');
        String separator = "";
        for (Map.Entry<String, TlaValue> field : fields.entrySet()) {
            out.append(separator).append(field.getKey()).append(" |-> ");
            field.getValue().appendTla(out);
            separator = ", ";
        }
        out.append(']');
    }

    @Override
    public String kindName() {
        return "record";
    }

    @Override
    public Map<TlaValue, TlaValue> asFunction() {
        Map<TlaValue, TlaValue> map = new LinkedHashMap<>();
        fields.forEach((name, value) -> map.put(new TlaString(name), value));
        return Collections.unmodifiableMap(map);
    }

    @Override
    public Optional<TlaValue> tryApply(TlaValue key) {
        return key instanceof TlaString name ? Optional.ofNullable(fields.get(name.value())) : Optional.empty();
    }

    @Override
    public TlaValue field(String name) {
        return apply(new TlaString(name));
    }

    @Override
    public String toString() {
        return toTla();
    }
}

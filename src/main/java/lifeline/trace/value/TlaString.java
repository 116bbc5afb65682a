package lifeline.trace.value;

import java.util.Objects;

/** A TLA+ string; {@code value} is the unescaped text. */
public record TlaString(String value) implements TlaValue {

    public TlaString {
        Objects.requireNonNull(value, "value");
    }

    public static TlaString of(String value) {
        return new TlaString(value);
    }

    @Override
    public void appendTla(StringBuilder out) {
        TlaSyntax.appendQuoted(out, value);
    }

    @Override
    public String kindName() {
        return "string";
    }

    @Override
    public String asString() {
        return value;
    }

    @Override
    public String toString() {
        return toTla();
    }
}

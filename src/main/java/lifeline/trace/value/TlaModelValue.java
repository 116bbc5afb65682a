package lifeline.trace.value;

import java.util.Objects;

/** A TLC model value, printed as a bare name such as {@code p1} or {@code NoFile}. */
public record TlaModelValue(String name) implements TlaValue {

    public TlaModelValue {
        Objects.requireNonNull(name, "name");
        if (!TlaSyntax.isName(name) || TlaSyntax.isBooleanKeyword(name)) {
            throw new IllegalArgumentException("not a model value name: \"" + name + "\"");
        }
    }

    public static TlaModelValue of(String name) {
        return new TlaModelValue(name);
    }

    @Override
    public void appendTla(StringBuilder out) {
        out.append(name);
    }

    @Override
    public String kindName() {
        return "model value";
    }

    @Override
    public String asModelValue() {
        return name;
    }

    @Override
    public String toString() {
        return toTla();
    }
}

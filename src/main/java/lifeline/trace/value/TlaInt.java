package lifeline.trace.value;

/** A TLA+ integer, such as {@code 42} or {@code -1}. */
public record TlaInt(long value) implements TlaValue {

    public static TlaInt of(long value) {
        return new TlaInt(value);
    }

    @Override
    public void appendTla(StringBuilder out) {
        out.append(value);
    }

    @Override
    public String kindName() {
        return "integer";
    }

    @Override
    public long asInt() {
        return value;
    }

    @Override
    public String toString() {
        return toTla();
    }
}

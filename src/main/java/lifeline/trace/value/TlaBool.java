package lifeline.trace.value;

/** TLA+ {@code TRUE} or {@code FALSE}. */
public record TlaBool(boolean value) implements TlaValue {
    public static final TlaBool TRUE = new TlaBool(true);
    public static final TlaBool FALSE = new TlaBool(false);

    public static TlaBool of(boolean value) {
        return value ? TRUE : FALSE;
    }

    @Override
    public void appendTla(StringBuilder out) {
        out.append(value ? "TRUE" : "FALSE");
    }

    @Override
    public String kindName() {
        return "boolean";
    }

    @Override
    public boolean asBool() {
        return value;
    }

    @Override
    public String toString() {
        return toTla();
    }
}

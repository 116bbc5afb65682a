package lifeline.trace.value;

/** Thrown when a value is read as a kind it is not, e.g. {@code asInt()} on a set. */
public final class TlaValueTypeException extends RuntimeException {
    private static final int EXCERPT_LENGTH = 60;

    public TlaValueTypeException(String message) {
        super(message);
    }

    static TlaValueTypeException expected(String wanted, TlaValue actual) {
        return new TlaValueTypeException("expected " + wanted + " but found " + actual.kindName() + " " + excerpt(actual));
    }

    static String excerpt(TlaValue value) {
        String tla = value.toTla();
        return tla.length() <= EXCERPT_LENGTH ? tla : tla.substring(0, EXCERPT_LENGTH) + "...";
    }
}

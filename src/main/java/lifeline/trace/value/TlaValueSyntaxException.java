package lifeline.trace.value;

/** Text that is not a TLC-printed value (or trace state): where it went wrong and what was expected there. */
public final class TlaValueSyntaxException extends Exception {
    private final String expected;
    private final String found;
    private final int offset;
    private final int line;
    private final int column;
    private final String context;

    private TlaValueSyntaxException(String expected, String found, int offset, int line, int column, String context) {
        super(message(expected, found, offset, line, column, context));
        this.expected = expected;
        this.found = found;
        this.offset = offset;
        this.line = line;
        this.column = column;
        this.context = context;
    }

    /** An error at {@code offset} of {@code text}; line and column (both from 1) are worked out from the text. */
    public static TlaValueSyntaxException at(String text, int offset, String expected, String found) {
        int line = 1;
        int lineStart = 0;
        int end = Math.min(offset, text.length());
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new TlaValueSyntaxException(expected, found, offset, line, offset - lineStart + 1, "");
    }

    /** The same error, its message prefixed with where it happened, such as "variable r". */
    public TlaValueSyntaxException withContext(String where) {
        String combined = context.isEmpty() ? where : where + ", " + context;
        return new TlaValueSyntaxException(expected, found, offset, line, column, combined);
    }

    private static String message(String expected, String found, int offset, int line, int column, String context) {
        String prefix = context.isEmpty() ? "" : context + ": ";
        return prefix + "expected " + expected + " but found " + found
                + " at line " + line + ", column " + column + " (offset " + offset + ")";
    }

    /** What the parser wanted at the error, e.g. "',' or '>>'". */
    public String expected() {
        return expected;
    }

    /** What it found instead, e.g. "'}'" or "end of input". */
    public String found() {
        return found;
    }

    /** Index of the offending character in the parsed text, from 0. */
    public int offset() {
        return offset;
    }

    /** Line of the offending character, from 1. */
    public int line() {
        return line;
    }

    /** Column of the offending character, from 1. */
    public int column() {
        return column;
    }
}

package lifeline.tlc;

/** A line TLC printed outside any framed message (SANY's progress and errors, Print output). */
public record PlainText(String line) implements ToolOutput {

    public PlainText {
        java.util.Objects.requireNonNull(line, "line");
    }

    @Override
    public String fullText() {
        return line;
    }
}

package lifeline.io;

import java.io.IOException;
import java.util.List;
import lifeline.model.Problem;

/**
 * A scenario file that cannot be used: unreadable, not JSON, not the Lifeline format, or (from
 * {@link ScenarioFiles#load}) a valid file whose scenario has problems. The message always starts
 * with the file's name, so it can be shown as is.
 */
public final class ScenarioFormatException extends IOException {
    private final String source;
    private final String detail;
    private final int line;
    private final int column;
    private final transient List<Problem> problems;

    private ScenarioFormatException(String source, int line, int column, String detail, List<Problem> problems,
                                    Throwable cause) {
        super(source + (line > 0 ? ":" + line + ":" + column : "") + ": " + detail, cause);
        this.source = source;
        this.detail = detail;
        this.line = line;
        this.column = column;
        this.problems = List.copyOf(problems);
    }

    /** A problem with the file as a whole or at a JSON path (the path is part of detail). */
    public ScenarioFormatException(String source, String detail) {
        this(source, 0, 0, detail, List.of(), null);
    }

    public ScenarioFormatException(String source, String detail, Throwable cause) {
        this(source, 0, 0, detail, List.of(), cause);
    }

    /** Malformed JSON at a line and column (both counted from 1). */
    public ScenarioFormatException(String source, int line, int column, String detail, Throwable cause) {
        this(source, line, column, detail, List.of(), cause);
    }

    /** A well-formed file whose scenario the validator refuses. */
    public ScenarioFormatException(String source, List<Problem> problems) {
        this(source, 0, 0, describe(problems), problems, null);
    }

    /** The name of the file (or other source) the problem is in. */
    public String source() {
        return source;
    }

    /** The message without the source and location prefix. */
    public String detail() {
        return detail;
    }

    /** The line of malformed JSON, counted from 1; 0 when the problem is not at one place in the text. */
    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The validator's problems when that is why the file was refused; otherwise empty. */
    public List<Problem> problems() {
        return problems;
    }

    private static String describe(List<Problem> problems) {
        StringBuilder sb = new StringBuilder("the scenario is not valid (")
                .append(problems.size()).append(problems.size() == 1 ? " problem):" : " problems):");
        problems.forEach(p -> sb.append("\n  ").append(p));
        return sb.toString();
    }
}

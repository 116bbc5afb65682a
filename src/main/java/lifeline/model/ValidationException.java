package lifeline.model;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown by callers that cannot go on with an invalid scenario; carries every problem found. */
public final class ValidationException extends RuntimeException {
    private final transient List<Problem> problems;

    public ValidationException(List<Problem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** One problem per line, so a dialog or a terminal shows them as a list. */
    public static String describe(List<Problem> problems) {
        String head = problems.size() == 1 ? "the scenario has 1 problem:" :
                "the scenario has " + problems.size() + " problems:";
        return problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n", head + "\n", ""));
    }
}

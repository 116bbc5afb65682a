package lifeline.ui.check;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.value.ObservableValue;
import lifeline.check.FoundViolation;
import lifeline.ui.trace.TracePlayer;
import lifeline.ui.trace.TraceSubject;

/**
 * Which of a check's several violations the trace player shows. The Report tab's links load violation k into
 * the player as its subject, named "Violation 2 of 5"; the check's own trace, an explored run and no trace have
 * none. The subject, not the trace, tells which: two violations may share a trace (a state that breaks two
 * properties), and the player shows another trace object once steps are opened or only the relevant ones shown.
 */
final class ShownViolation {
    private ShownViolation() {}

    /** Violation i (0 is the first) of {@code all} as the player's subject, named "Violation 2 of 5". */
    static TraceSubject subject(int i, List<FoundViolation> all) {
        return new TraceSubject("Violation " + number(i, all.size()), all.get(i));
    }

    /**
     * Which of several violations {@code shown} is, in the words of a sentence: "violation 2 of 5"; "" when it
     * is null (the check's own trace, an explored run, no trace) or the only one.
     */
    static String words(FoundViolation shown, List<FoundViolation> all) {
        if (all.size() < 2) {
            return "";
        }
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i) == shown) { // the very one in() found
                return "violation " + number(i, all.size());
            }
        }
        return "";
    }

    private static String number(int i, int n) {
        return (i + 1) + " of " + n;
    }

    /**
     * The violation of {@code all} that the player shows as its subject, or null: the check's own trace (its
     * first violation), an explored run, no trace, or a violation of an earlier check.
     */
    static ObjectBinding<FoundViolation> in(TracePlayer player, ObservableValue<List<FoundViolation>> all) {
        return Bindings.createObjectBinding(() -> {
            TraceSubject shown = player.subjectProperty().get();
            return all.getValue().stream().filter(shown::is).findFirst().orElse(null);
        }, player.subjectProperty(), all);
    }
}

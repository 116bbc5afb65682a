package lifeline.edit;

import java.util.ArrayList;
import java.util.List;
import lifeline.model.Problem;
import lifeline.model.Scenario;
import lifeline.model.ScenarioValidator;

/** What an edit breaks: the validator's problems of the result that the scenario before did not have. */
public final class NewProblems {
    private NewProblems() {}

    /** Problems of {@code after} not in {@code before}, counted as a multiset, in the validator's order. */
    public static List<Problem> between(Scenario before, Scenario after) {
        List<Problem> old = new ArrayList<>(ScenarioValidator.validate(before));
        List<Problem> out = new ArrayList<>();
        for (Problem p : ScenarioValidator.validate(after)) {
            if (!old.remove(p)) {
                out.add(p);
            }
        }
        return out;
    }
}

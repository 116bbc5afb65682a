package lifeline.edit;

import java.util.List;
import lifeline.model.Scenario;

/** Several commands as one undo step, such as Cut (copy, then delete) or an inspector form applied at once. */
public record Composite(String description, List<EditCommand> parts) implements EditCommand {
    public Composite {
        parts = List.copyOf(parts);
    }

    @Override
    public Scenario apply(Scenario s) {
        Scenario out = s;
        for (EditCommand c : parts) {
            out = c.apply(out);
        }
        return out;
    }
}

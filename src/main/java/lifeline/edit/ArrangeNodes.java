package lifeline.edit;

import java.util.Map;
import lifeline.model.Position;
import lifeline.model.Scenario;

/** View > Arrange automatically: every card moved to where the automatic layout puts it, one undo step. */
public record ArrangeNodes(Map<String, Position> positions) implements EditCommand {
    public ArrangeNodes {
        positions = Map.copyOf(positions);
    }

    @Override
    public Scenario apply(Scenario s) {
        return new MoveNodes(positions).apply(s);
    }

    @Override
    public String description() {
        return "Arrange automatically";
    }
}

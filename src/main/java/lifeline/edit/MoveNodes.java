package lifeline.edit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import lifeline.model.Position;
import lifeline.model.Scenario;

/**
 * Nodes moved to new positions. The frames of one drag share a gesture number and merge into one undo step;
 * a move with {@link #NO_GESTURE} (a nudge, an alignment) always stands alone.
 *
 * @param positions node id -> where it now sits
 * @param gesture the drag this frame belongs to, chosen by the caller, or {@link #NO_GESTURE}
 */
public record MoveNodes(Map<String, Position> positions, long gesture) implements EditCommand {
    public static final long NO_GESTURE = 0;

    public MoveNodes {
        positions = Map.copyOf(positions);
    }

    public MoveNodes(Map<String, Position> positions) {
        this(positions, NO_GESTURE);
    }

    @Override
    public Scenario apply(Scenario s) {
        Scenario out = s;
        for (Map.Entry<String, Position> e : positions.entrySet()) {
            out = Nodes.update(out, e.getKey(), n -> Nodes.withPosition(n, e.getValue()));
        }
        return out;
    }

    @Override
    public String description() {
        return "Move " + Nodes.objects(positions.size());
    }

    /** A later frame of the same drag: the nodes of both, each where this frame puts it. */
    @Override
    public Optional<EditCommand> mergeWith(EditCommand previous) {
        if (gesture == NO_GESTURE || !(previous instanceof MoveNodes) || ((MoveNodes) previous).gesture != gesture) {
            return Optional.empty();
        }
        Map<String, Position> both = new LinkedHashMap<>(((MoveNodes) previous).positions);
        both.putAll(positions);
        return Optional.of(new MoveNodes(both, gesture));
    }
}

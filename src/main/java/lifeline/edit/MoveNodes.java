package lifeline.edit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lifeline.model.Node;
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

    /**
     * Whether b is a with some nodes moved and nothing else changed: the same model to check, so a trace of
     * a still belongs to b.
     */
    public static boolean onlyMoved(Scenario a, Scenario b) {
        if (a == b) {
            return true;
        }
        List<Node> as = a.nodes();
        List<Node> bs = b.nodes();
        if (as.size() != bs.size() || !a.fds().equals(b.fds()) || !a.watches().equals(b.watches())
                || !a.properties().equals(b.properties()) || !a.title().equals(b.title())
                || !a.description().equals(b.description())) {
            return false;
        }
        for (int i = 0; i < as.size(); i++) {
            Node x = as.get(i);
            Node y = bs.get(i);
            if (!x.equals(y) && !x.equals(Nodes.withPosition(y, x.position()))) {
                return false;
            }
        }
        return true;
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

package lifeline.ui.canvas.skin;

import java.util.List;

/**
 * What the trace player lays over a node for one step of a trace: refcount badges ("f_count 1"), a freed
 * object (greyed and struck through), a fault on it (red), the task that moves in this step (highlighted).
 * The canvas shows {@link #NONE} while editing.
 *
 * @param badges short texts shown over the node's corner, in order
 */
public record NodeOverlay(List<String> badges, boolean freed, boolean fault, boolean active) {
    public static final NodeOverlay NONE = new NodeOverlay(List.of(), false, false, false);

    public NodeOverlay {
        badges = List.copyOf(badges);
    }
}

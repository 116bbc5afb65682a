package lifeline.ui.canvas.gesture;

import javafx.scene.Node;
import javafx.scene.input.MouseEvent;
import lifeline.ui.canvas.skin.NodeSkin;

/**
 * What a press landed on: a card, the connection handle of a card, or empty space (skin null).
 *
 * @param skin the card pressed, or null
 * @param handle whether the press was on the card's connection handle
 */
public record Hit(NodeSkin<?, ?> skin, boolean handle) {
    public static final Hit NOTHING = new Hit(null, false);

    public static Hit of(MouseEvent e) {
        Node n = e.getPickResult() == null ? null : e.getPickResult().getIntersectedNode();
        boolean handle = false;
        for (; n != null; n = n.getParent()) {
            if (n.getStyleClass().contains("connect-handle")) {
                handle = true;
            }
            if (n instanceof NodeSkin) {
                return new Hit((NodeSkin<?, ?>) n, handle);
            }
        }
        return NOTHING;
    }

    public boolean onCard() {
        return skin != null;
    }
}

package lifeline.ui.canvas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import lifeline.layout.Box;
import lifeline.layout.Size;
import lifeline.model.Node;
import lifeline.model.Scenario;
import lifeline.ui.canvas.skin.NodeSkin;
import lifeline.ui.canvas.skin.NodeSkins;
import lifeline.ui.document.Selection;

/**
 * The node cards of the drawing, kept by id across edits: a new scenario updates the cards whose facts
 * changed, moves the ones that moved, and only creates or removes the cards of added or deleted nodes.
 * Mirrors the selection onto the cards. Confined to the FX application thread.
 */
final class NodeLayer {
    private final Group group = new Group();
    private final Map<String, NodeSkin<?, ?>> skins = new HashMap<>();
    private final Selection selection;
    /** Held so that the weak listener of the unmodifiable view stays registered. */
    private final ObservableSet<String> selected;

    NodeLayer(Selection selection) {
        this.selection = selection;
        this.selected = selection.ids();
        group.getStyleClass().add("node-layer");
        selected.addListener((SetChangeListener<String>) c -> {
            if (c.wasRemoved()) {
                mark(c.getElementRemoved(), false);
            }
            if (c.wasAdded()) {
                mark(c.getElementAdded(), true);
            }
        });
    }

    private void mark(String id, boolean on) {
        NodeSkin<?, ?> skin = skins.get(id);
        if (skin != null) {
            skin.setSelected(on);
            if (on) {
                skin.toFront();
            }
        }
    }

    Group group() {
        return group;
    }

    void show(Scenario s) {
        Set<String> present = new HashSet<>();
        List<NodeSkin<?, ?>> added = new ArrayList<>();
        for (Node n : s.nodes()) {
            present.add(n.id());
            NodeSkin<?, ?> skin = skins.get(n.id());
            if (skin == null || !skin.accepts(n)) {
                if (skin != null) {
                    group.getChildren().remove(skin);
                }
                skin = NodeSkins.create(n);
                skin.setSelected(selection.contains(n.id()));
                skins.put(n.id(), skin);
                added.add(skin);
            }
            skin.show(s, n);
        }
        if (skins.size() > present.size()) {
            List<NodeSkin<?, ?>> gone = new ArrayList<>();
            skins.values().removeIf(k -> !present.contains(k.nodeId()) && gone.add(k));
            group.getChildren().removeAll(gone);
        }
        group.getChildren().addAll(added);
    }

    /** The size of each card, for the automatic layout. */
    Map<String, Size> cardSizes() {
        Map<String, Size> out = new HashMap<>();
        for (NodeSkin<?, ?> skin : skins.values()) {
            double w = skin.getWidth() > 0 ? skin.getWidth() : skin.prefWidth(-1);
            double h = skin.getHeight() > 0 ? skin.getHeight() : skin.prefHeight(-1);
            out.put(skin.nodeId(), new Size(w, h));
        }
        return out;
    }

    /** Where each card is and how big, as the router sees it. */
    Map<String, Box> cardBoxes() {
        Map<String, Box> out = new java.util.LinkedHashMap<>();
        for (NodeSkin<?, ?> skin : skins.values()) {
            Rectangle2D r = cardBounds(skin);
            out.put(skin.nodeId(), new Box(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight()));
        }
        return out;
    }

    /** What a label must not cover: every card, and the callout of a trace step under a card. */
    List<Box> obstacles() {
        List<Box> out = new ArrayList<>(cardBoxes().values());
        for (NodeSkin<?, ?> skin : skins.values()) {
            Rectangle2D r = skin.callout();
            if (r != null) {
                out.add(new Box(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight()));
            }
        }
        return out;
    }

    NodeSkin<?, ?> skin(String id) {
        return skins.get(id);
    }

    int size() {
        return skins.size();
    }

    /** The topmost card at a point of the drawing, other than the one with id {@code except}. */
    Optional<NodeSkin<?, ?>> skinAt(Point2D world, String except) {
        ObservableList<javafx.scene.Node> children = group.getChildren();
        for (int i = children.size() - 1; i >= 0; i--) {
            NodeSkin<?, ?> skin = (NodeSkin<?, ?>) children.get(i);
            if (!skin.nodeId().equals(except) && cardBounds(skin).contains(world)) {
                return Optional.of(skin);
            }
        }
        return Optional.empty();
    }

    /** The ids of the cards that overlap a rectangle of the drawing. */
    Set<String> idsIn(Rectangle2D world) {
        Set<String> out = new LinkedHashSet<>();
        for (NodeSkin<?, ?> skin : skins.values()) {
            if (cardBounds(skin).intersects(world)) {
                out.add(skin.nodeId());
            }
        }
        return out;
    }

    /** Whether a card other than a and b, or any card's callout of a trace step, overlaps the rectangle. */
    boolean covers(Rectangle2D r, NodeSkin<?, ?> a, NodeSkin<?, ?> b) {
        for (javafx.scene.Node n : group.getChildren()) {
            NodeSkin<?, ?> skin = (NodeSkin<?, ?>) n;
            if (n != a && n != b && cardBounds(skin).intersects(r)) {
                return true;
            }
            Rectangle2D callout = skin.callout();
            if (callout != null && callout.intersects(r)) {
                return true;
            }
        }
        return false;
    }

    static Rectangle2D cardBounds(NodeSkin<?, ?> skin) {
        return new Rectangle2D(skin.getLayoutX(), skin.getLayoutY(), Math.max(1, skin.getWidth()),
                Math.max(1, skin.getHeight()));
    }

    /** The union of all cards in world coordinates, or null when there are none. */
    Rectangle2D cardsBounds() {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (NodeSkin<?, ?> skin : skins.values()) {
            Rectangle2D r = cardBounds(skin);
            minX = Math.min(minX, r.getMinX());
            minY = Math.min(minY, r.getMinY());
            maxX = Math.max(maxX, r.getMaxX());
            maxY = Math.max(maxY, r.getMaxY());
        }
        return skins.isEmpty() ? null : new Rectangle2D(minX, minY, maxX - minX, maxY - minY);
    }
}

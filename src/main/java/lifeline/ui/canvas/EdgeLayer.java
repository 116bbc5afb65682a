package lifeline.ui.canvas;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Group;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import lifeline.edit.Disconnect;
import lifeline.edit.Edge;
import lifeline.layout.Arrangement;
import lifeline.layout.Box;
import lifeline.layout.Line;
import lifeline.layout.OrthogonalRouter;
import lifeline.layout.Route;
import lifeline.layout.Size;
import lifeline.model.Scenario;
import lifeline.trace.StepPicture;
import lifeline.ui.canvas.skin.NodeSkin;
import lifeline.ui.document.DocumentModel;

/**
 * The lines of the drawing, one per kind of edge and pair of nodes, kept by key across edits like the
 * cards. A right click on a line offers to disconnect each edge it stands for. Confined to the FX
 * application thread.
 */
final class EdgeLayer {
    private final Group group = new Group();
    private final Group labels = new Group();
    private final Map<EdgeKey, EdgeView> views = new HashMap<>();
    private final DocumentModel doc;
    /** The last automatic layout; its routes are drawn while the cards stay where it put them. */
    private Arrangement arrangement;
    /** The routes (with their labels' places), labels' sizes and obstacles the labels were last placed for. */
    private List<Object> placedFor = List.of();

    EdgeLayer(DocumentModel doc) {
        this.doc = doc;
        group.getStyleClass().add("edge-layer");
        labels.getStyleClass().add("edge-label-layer");
    }

    /** The lines, drawn under the cards. */
    Group group() {
        return group;
    }

    /** The lines' labels, drawn over the cards. */
    Group labels() {
        return labels;
    }

    /** Draws the lines along this arrangement's routes from the next {@link #show} on, while it holds. */
    void useArrangement(Arrangement a) {
        arrangement = a;
    }

    /** The size of each line's label, for the automatic layout. */
    Map<Line, Size> labelSizes() {
        Map<Line, Size> out = new HashMap<>();
        for (EdgeView v : views.values()) {
            if (!v.text().isEmpty()) {
                out.put(v.key().line(), new Size(v.label().prefWidth(-1), v.label().prefHeight(-1)));
            }
        }
        return out;
    }

    /** Whether the last automatic layout's routes hold for the cards as they are: no routing of our own. */
    boolean arranged(Scenario s) {
        return arrangement != null && arrangement.holdsFor(s);
    }

    /**
     * Routes every line around the cards where they are now (their measured bounds), labels where they cover
     * no card and no other label; when the last automatic layout still holds, its routes stay.
     */
    void routeAroundCards(Scenario s, NodeLayer nodes) {
        if (arranged(s)) {
            return;
        }
        List<Line> lines = new ArrayList<>();
        for (EdgeView v : views.values()) {
            lines.add(v.key().line());
        }
        lines.sort(Comparator.comparing(Line::from).thenComparing(Line::to).thenComparing(Line::kind));
        // No labels here: placeLabels places them once, around the callouts as well as the cards.
        Map<Line, Route> routes = OrthogonalRouter.route(nodes.cardBoxes(), lines, Map.of());
        for (EdgeView v : views.values()) {
            v.setRoute(routes.get(v.key().line()));
        }
        placeLabels(nodes);
    }

    /**
     * Places the labels of the routed lines anew, clear of the cards, of the callouts a trace step shows under
     * them and of each other, at their sizes now (a step's "fd 4 closed" is wider than "fd 4").
     */
    void placeLabels(NodeLayer nodes) {
        List<EdgeView> routed = views.values().stream().filter(EdgeView::routed)
                .sorted(Comparator.comparing(v -> v.key().nodeId())).toList();
        Map<Line, Size> sizes = labelSizes();
        List<Box> obstacles = nodes.obstacles();
        // Most trace steps change no callout's or label's size: the placement would come out as it is.
        if (List.of(routed.stream().map(EdgeView::route).toList(), sizes, obstacles).equals(placedFor)) {
            return;
        }
        Map<Line, List<lifeline.model.Position>> routes = new LinkedHashMap<>();
        Map<Line, EdgeView> byLine = new HashMap<>();
        for (EdgeView v : routed) {
            routes.put(v.key().line(), v.route().points());
            byLine.put(v.key().line(), v);
        }
        OrthogonalRouter.labels(routes, sizes, obstacles).forEach((line, at) -> byLine.get(line).placeLabelAt(at));
        placedFor = List.of(routed.stream().map(EdgeView::route).toList(), sizes, obstacles);
    }

    void show(Scenario s, NodeLayer nodes) {
        boolean routed = arranged(s);
        Map<EdgeKey, List<Edge>> lines = new LinkedHashMap<>();
        for (Edge e : Edge.all(s)) {
            lines.computeIfAbsent(EdgeKey.of(e), k -> new ArrayList<>()).add(e);
        }
        List<EdgeView> added = new ArrayList<>();
        List<EdgeView> gone = new ArrayList<>();
        for (Map.Entry<EdgeKey, List<Edge>> line : lines.entrySet()) {
            EdgeKey key = line.getKey();
            NodeSkin<?, ?> from = nodes.skin(key.from());
            NodeSkin<?, ?> to = nodes.skin(key.to());
            EdgeView view = views.get(key);
            if (view != null && (from == null || to == null || !view.joins(from, to))) {
                gone.add(views.remove(key));
                view = null;
            }
            if (view == null && from != null && to != null) {
                view = new EdgeView(key, from, to, labels, nodes);
                EdgeView v = view;
                view.setOnContextMenuRequested(e -> menu(v).show(v, e.getScreenX(), e.getScreenY()));
                view.label().setOnContextMenuRequested(e -> menu(v).show(v, e.getScreenX(), e.getScreenY()));
                views.put(key, view);
                added.add(view);
            }
            if (view != null) {
                view.setEdges(line.getValue(), EdgeText.of(s, key, line.getValue()));
                if (routed) {
                    view.setRoute(arrangement.routes().get(key.line()));
                }
            }
        }
        views.values().removeIf(v -> !lines.containsKey(v.key()) && gone.add(v));
        gone.forEach(EdgeView::dispose);
        group.getChildren().removeAll(gone);
        group.getChildren().addAll(added);
    }

    /** Shows which fd slots are closed and which epitems are removed at a step of a trace. */
    void showStep(StepPicture step) {
        for (EdgeView v : views.values()) {
            EdgeStep shown = EdgeStep.of(v.key().kind(), v.edges(), step);
            v.setStep(shown.text(), shown.gone());
        }
    }

    private ContextMenu menu(EdgeView view) {
        ContextMenu menu = new ContextMenu();
        for (Edge e : view.edges()) {
            MenuItem item = new MenuItem("Disconnect " + e.describe(doc.current()));
            item.setOnAction(a -> doc.execute(Disconnect.of(doc.current(), e)));
            menu.getItems().add(item);
        }
        return menu;
    }

    Optional<EdgeView> view(EdgeKey key) {
        return Optional.ofNullable(views.get(key));
    }

    int size() {
        return views.size();
    }
}

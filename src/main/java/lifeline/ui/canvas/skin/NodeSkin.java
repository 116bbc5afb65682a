package lifeline.ui.canvas.skin;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.text.Text;
import lifeline.model.Scenario;
import lifeline.trace.Mark;
import lifeline.trace.NodePicture;

/**
 * The drawing of one node: a card with a header (kind, name, a count) and rows of facts, the connection
 * handle on its right edge, and the trace player's overlay. A step of a trace never changes the card's size:
 * the card keeps the size it had while editing, and the step's marks hang under it in a callout drawn over
 * whatever lies there, so no card grows, no card moves and the handle stays under the pointer. Each kind of node has a subclass that
 * says which facts it shows; the card re-renders only when those facts change, so a drag only moves it.
 * Shapes and colours come from canvas.css. Confined to the FX application thread.
 *
 * @param <N> the model record it draws
 * @param <F> the facts it shows, a record whose equality says whether to render again
 */
public abstract class NodeSkin<N extends lifeline.model.Node, F> extends Region {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass CONNECT_OK = PseudoClass.getPseudoClass("connect-ok");
    private static final PseudoClass CONNECT_BAD = PseudoClass.getPseudoClass("connect-bad");
    private static final PseudoClass FREED = PseudoClass.getPseudoClass("freed");
    private static final PseudoClass FAULT = PseudoClass.getPseudoClass("fault");
    private static final PseudoClass ACTIVE = PseudoClass.getPseudoClass("active");
    private static final PseudoClass[] TONES = Arrays.stream(Mark.Tone.values())
            .map(t -> PseudoClass.getPseudoClass("tone-" + t.name().toLowerCase())).toArray(PseudoClass[]::new);
    private static final double HANDLE_RADIUS = 4.5;
    private static final double HANDLE_HIT_RADIUS = 9;
    /** How far under the card its callout of marks hangs. */
    private static final double CALLOUT_GAP = 3;

    private final Class<N> type;
    private final String nodeId;
    private final Text caption = new Text();
    private final Text name = new Text();
    private final Text tag = new Text();
    private final VBox body = new VBox();
    private final VBox content;
    private final Group handle;
    private FlowPane marks;
    private String editingTag = "";
    private F facts;
    private NodePicture overlay = NodePicture.NONE;
    /** The card's size while a trace is shown (the size it had while editing); 0 while editing. */
    private double lockedWidth;
    private double lockedHeight;

    protected NodeSkin(Class<N> type, String nodeId, String kindStyle, String kindCaption) {
        this.type = type;
        this.nodeId = nodeId;
        setId("node-" + nodeId);
        getStyleClass().addAll("node-skin", kindStyle);
        setPickOnBounds(true);
        // A bitmap of the card: a drag then only copies it, where the software renderer would draw its text and
        // borders again each frame. A zoom renders it anew at the new scale (the default cache hint).
        setCache(true);
        caption.setText(kindCaption);
        caption.getStyleClass().add("node-caption");
        name.getStyleClass().add("node-name");
        tag.getStyleClass().add("node-tag");
        VBox titles = new VBox(caption, name);
        titles.getStyleClass().add("node-titles");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(titles, spacer, tag);
        header.getStyleClass().add("node-header");
        body.getStyleClass().add("node-body");
        content = new VBox(header, body);
        content.getStyleClass().add("node-content");
        handle = newHandle(nodeId);
        getChildren().addAll(content, handle);
    }

    private static Group newHandle(String nodeId) {
        Circle hit = new Circle(HANDLE_HIT_RADIUS);
        hit.getStyleClass().add("connect-handle-area");
        Circle dot = new Circle(HANDLE_RADIUS);
        dot.getStyleClass().add("connect-handle-dot");
        Group g = new Group(hit, dot);
        g.getStyleClass().add("connect-handle");
        g.setId("handle-" + nodeId);
        g.setManaged(false);
        return g;
    }

    /** The id of the model node it draws. */
    public final String nodeId() {
        return nodeId;
    }

    /** Whether this skin can draw {@code n} (the same id may come back as another kind after an undo). */
    public final boolean accepts(lifeline.model.Node n) {
        return type.isInstance(n);
    }

    /** Shows the node as it is in {@code s}: moves the card, and renders it again if its facts changed. */
    public final void show(Scenario s, lifeline.model.Node n) {
        F f = factsOf(s, type.cast(n));
        if (!Objects.equals(f, facts)) {
            facts = f;
            render(f);
        }
        relocate(n.position().x(), n.position().y());
    }

    /** What this card shows of {@code node} in {@code s}; leave the position out, so a move renders nothing. */
    protected abstract F factsOf(Scenario s, N node);

    /** Fills the card from the facts, through {@link #setTitle}, {@link #setTag} and {@link #setRows}. */
    protected abstract void render(F facts);

    protected final void setTitle(String text) {
        name.setText(text);
    }

    protected final void setTag(String text) {
        editingTag = text;
        if (overlay.count() == null) {
            tag.setText(text);
        }
    }

    protected final void setRows(List<? extends Node> rows) {
        body.getChildren().setAll(rows);
        body.setVisible(!rows.isEmpty());
        body.setManaged(!rows.isEmpty());
    }

    /** Badges side by side, as one row of the body. */
    protected static HBox badgeRow(List<StackPane> badges) {
        HBox row = new HBox();
        row.getStyleClass().add("badge-row");
        row.getChildren().setAll(badges);
        return row;
    }

    /** The display name: what the user typed, else the id. */
    protected static String label(lifeline.model.Node n) {
        return n.name().isBlank() ? n.id() : n.name();
    }

    public final void setSelected(boolean selected) {
        pseudoClassStateChanged(SELECTED, selected);
    }

    /** Marks the card as the target of a connection drag: true legal, false refused, null not a target. */
    public final void setConnectTarget(Boolean legal) {
        pseudoClassStateChanged(CONNECT_OK, Boolean.TRUE.equals(legal));
        pseudoClassStateChanged(CONNECT_BAD, Boolean.FALSE.equals(legal));
    }

    /** The dot a connection is dragged from. */
    public final Node handle() {
        return handle;
    }

    /** The centre of the handle in the coordinates of the drawing. */
    public final Point2D handleCentre() {
        return new Point2D(getLayoutX() + getWidth(), getLayoutY() + getHeight() / 2);
    }

    /**
     * Shows one step of a trace on the card (the trace player's picture of this node): the count in the
     * header becomes the count at that step, the other marks line up at the foot of the card, and the card
     * is greyed and struck through when freed, ringed red at a fault, ringed in the accent when its task
     * moved (see canvas.css). {@link NodePicture#NONE} brings back the editing card.
     */
    public final void setOverlay(NodePicture p) {
        NodePicture before = overlay;
        overlay = p == null ? NodePicture.NONE : p;
        lockSize(overlay != NodePicture.NONE);
        pseudoClassStateChanged(FREED, overlay.freed());
        pseudoClassStateChanged(FAULT, overlay.fault());
        pseudoClassStateChanged(ACTIVE, overlay.active());
        Mark count = overlay.count();
        tag.setText(count == null ? editingTag : count.text());
        for (Mark.Tone t : Mark.Tone.values()) {
            tag.pseudoClassStateChanged(TONES[t.ordinal()], count != null && count.tone() == t);
        }
        if (!overlay.marks().equals(before.marks())) {
            showMarks(overlay.marks());
        }
    }

    /** Keeps the editing size while a trace is shown, whatever the step's count or ring would make it. */
    private void lockSize(boolean lock) {
        // Only a change of the lock lays the card out again: a step whose marks are the same costs no layout.
        if (lock && lockedWidth == 0) {
            lockedWidth = getWidth() > 0 ? getWidth() : prefWidth(-1);
            lockedHeight = getHeight() > 0 ? getHeight() : prefHeight(-1);
            requestLayout();
        } else if (!lock && lockedWidth != 0) {
            lockedWidth = 0;
            lockedHeight = 0;
            requestLayout();
        }
    }

    /** The marks in a callout under the card, as wide as the card, drawn over the cards below it. */
    private void showMarks(List<Mark> list) {
        if (marks == null && !list.isEmpty()) {
            marks = new FlowPane();
            marks.getStyleClass().add("trace-marks");
            marks.setManaged(false);
            marks.setMouseTransparent(true);
            getChildren().add(marks);
        }
        if (marks != null) {
            marks.getChildren().setAll(list.stream().map(NodeSkin::markBadge).toList());
            marks.setVisible(!list.isEmpty());
            // A card with a callout comes before its neighbours, so that the callout is not hidden.
            setViewOrder(list.isEmpty() ? 0 : -1);
            requestLayout();
        }
    }

    private static StackPane markBadge(Mark m) {
        StackPane b = Badge.info(m.text());
        b.getStyleClass().add("mark");
        b.pseudoClassStateChanged(TONES[m.tone().ordinal()], true);
        return b;
    }

    /** Where the callout of a trace step's marks lies, in the drawing's coordinates; null when none is shown. */
    public final javafx.geometry.Rectangle2D callout() {
        if (marks == null || !marks.isVisible()) {
            return null;
        }
        javafx.geometry.Bounds b = marks.getBoundsInParent();
        return new javafx.geometry.Rectangle2D(getLayoutX() + b.getMinX(), getLayoutY() + b.getMinY(), b.getWidth(),
                b.getHeight());
    }

    /** What the trace player shows on the card now; {@link NodePicture#NONE} while editing. */
    public final NodePicture overlay() {
        return overlay;
    }

    @Override
    protected double computePrefWidth(double height) {
        if (lockedWidth > 0) {
            return lockedWidth;
        }
        return snappedLeftInset() + content.prefWidth(-1) + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        if (lockedHeight > 0) {
            return lockedHeight;
        }
        return snappedTopInset() + content.prefHeight(-1) + snappedBottomInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return lockedWidth > 0 ? lockedWidth : super.computeMinWidth(height);
    }

    @Override
    protected double computeMinHeight(double width) {
        return lockedHeight > 0 ? lockedHeight : super.computeMinHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        content.resizeRelocate(snappedLeftInset(), snappedTopInset(), w - snappedLeftInset() - snappedRightInset(),
                h - snappedTopInset() - snappedBottomInset());
        handle.relocate(w - HANDLE_HIT_RADIUS, h / 2 - HANDLE_HIT_RADIUS);
        if (marks != null && marks.isVisible()) {
            double inset = marks.snappedLeftInset() + marks.snappedRightInset();
            double widest = marks.getChildren().stream().mapToDouble(m -> m.prefWidth(-1)).max().orElse(0);
            double width = Math.max(w, widest + inset); // a mark wider than the card widens only the callout
            marks.setPrefWrapLength(width - inset);
            marks.resize(width, marks.prefHeight(width));
            marks.relocate(0, h + CALLOUT_GAP);
        }
        layoutDecorations(w, h);
    }

    /** Places the kind's own decorations (pins, a folded corner) once the card has its size. */
    protected void layoutDecorations(double w, double h) {
    }

    /** Adds decorations drawn under the content (a spine) or over its border (a folded corner). */
    protected final void addDecorations(boolean overContent, Node... nodes) {
        for (Node n : nodes) {
            n.setManaged(false);
            n.setMouseTransparent(true);
        }
        int at = overContent ? getChildren().indexOf(handle) : 0;
        getChildren().addAll(at, List.of(nodes));
    }
}

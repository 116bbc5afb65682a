package lifeline.ui.canvas;

import java.util.Optional;
import java.util.Set;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.css.PseudoClass;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import lifeline.edit.NodeKind;
import lifeline.model.Scenario;
import lifeline.trace.StepPicture;
import lifeline.ui.canvas.gesture.CanvasContext;
import lifeline.ui.canvas.gesture.CanvasKeys;
import lifeline.ui.canvas.gesture.MouseGestures;
import lifeline.ui.canvas.gesture.PaletteDrop;
import lifeline.ui.canvas.gesture.WheelGesture;
import lifeline.ui.canvas.skin.NodeSkin;
import lifeline.ui.document.DocumentModel;

/**
 * The drawing of a scenario: cards and lines over a grid, scrolled and zoomed by a {@link Viewport}, edited
 * by gestures (one class each, in the gesture package). It follows the document's scenario incrementally
 * and changes it only through commands. Confined to the FX application thread.
 */
public class CanvasView extends StackPane {
    /** The colours of the kinds, which the palette shares. */
    public static final String KINDS_CSS = "/lifeline/ui/canvas/kinds.css";
    private static final String CSS = "/lifeline/ui/canvas/canvas.css";
    private static final PseudoClass EXPORTING = PseudoClass.getPseudoClass("exporting");
    /** Where the trace banner sits, from the view's top left corner. */
    private static final double BANNER_INSET = 8;
    private static final double FIT_MARGIN = 40;
    private static final double FIT_MAX_ZOOM = 1.5;
    /**
     * Fit zooms out no further: at 75% the cards' 11-12 px text is drawn at 8-9 px, the smallest that stays
     * legible with the software renderer; at 50% (where Fit went for a scenario of eleven objects) it is not.
     * A larger drawing scrolls instead.
     */
    public static final double FIT_MIN_ZOOM = 0.75;
    private static final double EXPORT_MARGIN = 24;

    private final DocumentModel doc;
    private final Viewport viewport = new Viewport();
    private final BooleanProperty snapToGrid = new SimpleBooleanProperty(this, "snapToGrid", true);
    private final Pane pane = new Pane();
    private final Group drawing = new Group();
    private final Group worldOverlay = new Group();
    private final NodeLayer nodes;
    private final EdgeLayer edges;
    private final StepBanner banner = new StepBanner();
    private final PointerMessages messages = new PointerMessages(viewport);
    private final CanvasScrollBars scrollBars;
    private final MouseGestures mouse;
    private final CanvasKeys keys;
    private final PaletteDrop drop;
    private final Runnable afterLayout = this::afterLayout;
    private final RouteScheduler routing = new RouteScheduler(this::routeAroundCards);
    private final CanvasArranger arranger;
    private boolean boundsChanged = true;
    /** A trace step changed the callouts and the lines' labels: place the labels again after the layout. */
    private boolean labelsToPlace;

    public CanvasView(DocumentModel doc) {
        this.doc = doc;
        getStyleClass().addAll("canvas", "canvas-view");
        setId("lifeline-canvas");
        nodes = new NodeLayer(doc.selection());
        edges = new EdgeLayer(doc);
        drawing.getStyleClass().add("drawing");
        drawing.getChildren().addAll(edges.group(), nodes.group(), edges.labels());
        scrollBars = new CanvasScrollBars(viewport, this::drawingBounds);
        arranger = new CanvasArranger(doc, drawing, nodes, edges, viewport, messages, BANNER_INSET);
        CanvasContext ctx = new Context();
        mouse = new MouseGestures(ctx);
        keys = new CanvasKeys(ctx, mouse);
        drop = new PaletteDrop(ctx);
        buildPane();
        mouse.install(pane);
        keys.install(pane);
        new WheelGesture(ctx).install(pane);
        drop.install(pane);
        new CardMenu(doc).install(pane);
        getChildren().add(frame());
        drawing.layoutBoundsProperty().addListener(o -> boundsChanged = true);
        sceneProperty().addListener((o, before, scene) -> {
            if (before != null) {
                before.removePostLayoutPulseListener(afterLayout);
            }
            if (scene != null) {
                scene.addPostLayoutPulseListener(afterLayout);
            }
        });
        doc.scenarioProperty().addListener((o, before, s) -> {
            show(s);
            Platform.runLater(arranger::homeIfReplaced);
        });
        show(doc.current());
        arranger.home();
        Platform.runLater(arranger::homeIfReplaced); // a first document without positions is arranged too
    }

    private void buildPane() {
        pane.getStyleClass().add("canvas-viewport");
        pane.setId("canvas-viewport");
        pane.setFocusTraversable(true);
        pane.setMinSize(0, 0);
        pane.setPrefSize(600, 400);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(pane.widthProperty());
        clip.heightProperty().bind(pane.heightProperty());
        pane.setClip(clip);
        viewport.widthProperty().bind(pane.widthProperty());
        viewport.heightProperty().bind(pane.heightProperty());
        GridLayer grid = new GridLayer(viewport);
        pane.widthProperty().addListener(o -> grid.resize(pane.getWidth(), pane.getHeight()));
        pane.heightProperty().addListener(o -> grid.resize(pane.getWidth(), pane.getHeight()));
        Translate offset = new Translate();
        offset.xProperty().bind(viewport.offsetXProperty());
        offset.yProperty().bind(viewport.offsetYProperty());
        Scale scale = new Scale();
        scale.xProperty().bind(viewport.zoomProperty());
        scale.yProperty().bind(viewport.zoomProperty());
        Group world = new Group(drawing, worldOverlay);
        world.getTransforms().addAll(offset, scale);
        world.setManaged(false);
        worldOverlay.setMouseTransparent(true);
        banner.node().relocate(BANNER_INSET, BANNER_INSET); // managed: the pane gives it its preferred size
        Label notice = arranger.notice();
        notice.layoutXProperty().bind(pane.widthProperty().subtract(notice.widthProperty()).divide(2));
        notice.setLayoutY(BANNER_INSET);
        pane.getChildren().addAll(grid, world, banner.node(), notice, messages.layer());
    }

    private Region frame() {
        Region corner = new Region();
        corner.getStyleClass().add("canvas-scroll-corner");
        corner.prefWidthProperty().bind(scrollBars.vertical().widthProperty());
        corner.setMinWidth(Region.USE_PREF_SIZE);
        HBox bottom = new HBox(scrollBars.horizontal(), corner);
        HBox.setHgrow(scrollBars.horizontal(), Priority.ALWAYS);
        scrollBars.horizontal().setMaxWidth(Double.MAX_VALUE);
        BorderPane frame = new BorderPane(pane);
        frame.setRight(scrollBars.vertical());
        frame.setBottom(bottom);
        return frame;
    }

    private void show(Scenario s) {
        nodes.show(s);
        edges.show(s, nodes);
        if (edges.arranged(s)) {
            routing.cancel();
        } else {
            routing.changed(nodes.size());
        }
    }

    /** Routes the lines around the cards where they are now, when {@link RouteScheduler} says. */
    private void routeAroundCards() {
        drawing.applyCss();
        drawing.layout();
        edges.routeAroundCards(doc.current(), nodes);
    }

    /**
     * The canvas's styles, as the region's own user-agent stylesheet rather than through getStylesheets():
     * JavaFX's StyleManager records every Parent under a Parent stylesheet in a list it searches linearly,
     * which made opening 200 cards quadratic (0.7 s); a region stylesheet is recorded once.
     */
    @Override
    public String getUserAgentStylesheet() {
        return CanvasView.class.getResource(CSS).toExternalForm();
    }

    /** Once per pulse, after layout: the drawing's extent for the scroll bars (reading it is linear). */
    private void afterLayout() {
        routing.afterLayout();
        if (labelsToPlace) {
            labelsToPlace = false;
            edges.placeLabels(nodes);
        }
        if (boundsChanged) {
            boundsChanged = false;
            scrollBars.update();
            drawing.getLayoutBounds();
        }
    }

    private Rectangle2D drawingBounds() {
        Bounds b = drawing.getLayoutBounds();
        return b.isEmpty() || nodes.size() == 0 ? null
                : new Rectangle2D(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
    }

    /**
     * View > Arrange Automatically: every card where the layered layout puts it, lines routed around the
     * cards; one undo step, once the layout is done (off the FX thread). False when there is nothing to arrange
     * or a layout is under way.
     */
    public boolean arrangeAutomatically() {
        return arranger.arrangeAutomatically();
    }

    /** Whether an automatic layout is under way (the canvas says "Arranging…"). */
    public ReadOnlyBooleanProperty arrangingProperty() {
        return arranger.arrangingProperty();
    }

    public DoubleProperty zoomProperty() { return viewport.zoomProperty(); }
    public BooleanProperty snapToGridProperty() { return snapToGrid; }

    public void zoomIn() { zoomProperty().set(zoomProperty().get() * Viewport.STEP); }
    public void zoomOut() { zoomProperty().set(zoomProperty().get() / Viewport.STEP); }
    public void zoomReset() { zoomProperty().set(1.0); }

    /**
     * Zooms and scrolls so that every card is in view (zooming in no further than 150%, out no further than
     * {@link #FIT_MIN_ZOOM}: then the top left of the drawing is in view and the rest a scroll away).
     */
    public void zoomToFit() {
        drawing.applyCss();
        drawing.layout();
        Rectangle2D cards = nodes.cardsBounds();
        if (cards != null) {
            viewport.fit(new BoundingBox(cards.getMinX(), cards.getMinY(), cards.getWidth(), cards.getHeight()),
                    FIT_MARGIN, FIT_MIN_ZOOM, FIT_MAX_ZOOM);
        }
    }

    /** The whole drawing as an image at 100%, every card and line whatever is in view, for Export Image. */
    public WritableImage snapshotDrawing() {
        routing.flush();
        drawing.pseudoClassStateChanged(EXPORTING, true);
        try {
            drawing.applyCss();
            drawing.layout();
            return DrawingSnapshot.of(drawing, pane.getBackground(), EXPORT_MARGIN);
        } finally {
            drawing.pseudoClassStateChanged(EXPORTING, false);
        }
    }

    /** The document this canvas draws and edits. */
    public DocumentModel document() {
        return doc;
    }

    /** The world (model) coordinates of a point on the screen. */
    public Point2D screenToWorld(double screenX, double screenY) {
        Point2D local = pane.screenToLocal(screenX, screenY);
        return viewport.toWorld(local.getX(), local.getY());
    }

    /** The centre of the view in world coordinates, where a palette click adds its node. */
    public Point2D visibleCentre() {
        return viewport.visibleCentre();
    }

    /** Adds a node of the kind at the centre of the view (a palette click or key); false when refused. */
    public boolean addAtVisibleCentre(NodeKind kind) {
        boolean added = drop.addNear(kind, viewport.visibleCentre());
        if (added) {
            pane.requestFocus();
        }
        return added;
    }

    /** The card of a node, for the trace player's overlays and for tests. */
    public Optional<NodeSkin<?, ?>> skin(String id) {
        return Optional.ofNullable(nodes.skin(id));
    }

    /** The line of an edge, for tests. */
    Optional<EdgeView> line(EdgeKey key) {
        return edges.view(key);
    }

    /**
     * Shows a step of a trace on the drawing: counts, freed objects, the fault, the task that moved, closed
     * fd slots and removed epitems, with the caption in a banner over the view's corner.
     * {@link StepPicture#NONE} brings back the editing drawing.
     */
    public void showStep(StepPicture step, String caption) {
        StepPicture shownStep = step == null ? StepPicture.NONE : step;
        banner.show(shownStep, caption);
        for (lifeline.model.Node n : doc.current().nodes()) {
            skin(n.id()).ifPresent(k -> k.setOverlay(shownStep.node(n.id())));
        }
        edges.showStep(shownStep);
        labelsToPlace = true;
    }

    /** What a click on the step banner does: the player opens the shown step in place or folds it back. */
    public void setOnBannerClick(Runnable action) {
        banner.setOnClick(action);
    }

    /** What the gestures see of the canvas. */
    private final class Context implements CanvasContext {
        @Override public DocumentModel doc() { return doc; }
        @Override public Point2D toWorld(double sx, double sy) { return viewport.toWorld(sx, sy); }
        @Override public Point2D toScreen(Point2D world) { return viewport.toScreen(world); }
        @Override public double zoom() { return viewport.zoom(); }
        @Override public void zoomAt(double factor, double sx, double sy) { viewport.zoomAt(factor, sx, sy); }
        @Override public void panBy(double dx, double dy) { viewport.panBy(dx, dy); }
        @Override public double viewWidth() { return pane.getWidth(); }
        @Override public double viewHeight() { return pane.getHeight(); }
        @Override public boolean snapToGrid() { return snapToGrid.get(); }
        @Override public double gridStep() { return GridLayer.STEP; }
        @Override public Group worldOverlay() { return worldOverlay; }
        @Override public boolean spaceDown() { return keys.spaceDown(); }
        @Override public void setCursor(Cursor c) { pane.setCursor(c); }
        @Override public void hideHint() { messages.hideHint(); }

        @Override
        public Optional<NodeSkin<?, ?>> skinAt(Point2D world, String except) {
            return nodes.skinAt(world, except);
        }

        @Override
        public Set<String> idsIn(Rectangle2D world) {
            return nodes.idsIn(world);
        }

        @Override
        public void showRefusal(String text, double sx, double sy) {
            messages.showRefusal(text, sx, sy);
        }

        @Override
        public void showHint(String text, boolean legal, double sx, double sy) {
            messages.showHint(text, legal, sx, sy);
        }
    }
}

package lifeline.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import lifeline.edit.AddNode;
import lifeline.edit.Connect;
import lifeline.edit.Edge;
import lifeline.edit.NodeKind;
import lifeline.io.Examples;
import lifeline.io.ScalingFamily;
import lifeline.layout.Arrangement;
import lifeline.layout.LayoutGeometry;
import lifeline.model.Position;
import lifeline.model.Scenario;
import lifeline.ui.WindowTest;
import lifeline.ui.canvas.skin.NodeSkin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * View > Arrange Automatically on the real canvas: on every example and the larger scenario of issue 10 no
 * cards overlap, every line runs along its route and through no card but its ends, no labels overlap; one
 * undo step. Without it too (the examples' own positions, as opened and after the undo, cards placed by hand
 * at random, a card moved) the lines are routed around the cards; a file without positions is arranged on opening; Fit stops at its minimum and scrolls.
 */
@WindowTest
class ArrangeTest {
    private final CanvasFixture fx = new CanvasFixture();

    @Start
    void start(Stage stage) {
        fx.start(stage);
    }

    @BeforeEach
    void settle() {
        WaitForAsyncUtils.waitForFxEvents();
    }

    static Stream<Arguments> scenarios() {
        Stream<Arguments> examples = Examples.names().stream()
                .map(n -> Arguments.of(n, Examples.load(n).orElseThrow()));
        return Stream.concat(examples, Stream.of(Arguments.of("larger scenario", ScalingFamily.member(4, 4))));
    }

    private Map<String, Rectangle2D> cards() {
        Map<String, Rectangle2D> out = new LinkedHashMap<>();
        for (lifeline.model.Node n : fx.doc.current().nodes()) {
            NodeSkin<?, ?> k = fx.canvas.skin(n.id()).orElseThrow();
            out.put(n.id(), new Rectangle2D.Double(k.getLayoutX(), k.getLayoutY(), k.getWidth(), k.getHeight()));
        }
        return out;
    }

    private Map<String, Position> positions() {
        return fx.doc.current().nodes().stream()
                .collect(Collectors.toMap(lifeline.model.Node::id, lifeline.model.Node::position));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void afterArrangingNoCardsOverlapAndNoLineOrLabelCrossesACard(String name, Scenario s, FxRobot robot) {
        fx.open(robot, s);
        if (!Arrangement.lacksLayout(s)) {
            assertRoutedAroundCards(); // at the scenario's own positions, as opened
        }
        Map<String, Position> before = positions();
        robot.interact(() -> assertTrue(fx.canvas.arrangeAutomatically() || Arrangement.lacksLayout(s)));
        fx.awaitArranged();
        assertEquals(List.of(), LayoutGeometry.overlappingCards(cards()));
        assertRoutedAroundCards();
        if (!Arrangement.lacksLayout(s)) {
            assertEquals("Undo arrange automatically", fx.doc.undoTextProperty().get());
            robot.interact(fx.doc::undo);
            assertEquals(before, positions(), "one undo puts every card back");
            assertFalse(fx.doc.canUndoProperty().get());
            awaitRouted();
            assertRoutedAroundCards();
        }
    }

    /** Every line follows a route (waiting for the canvas to route them), through no card but its ends. */
    private void assertRoutedAroundCards() {
        awaitRouted();
        Map<String, Rectangle2D> cards = cards();
        Map<String, Rectangle2D> labels = new LinkedHashMap<>();
        for (Edge e : Edge.all(fx.doc.current())) {
            EdgeKey key = EdgeKey.of(e);
            EdgeView v = fx.canvas.line(key).orElseThrow();
            assertTrue(v.isVisible() && v.label().isVisible(), key + " is shown");
            Bounds b = v.label().getBoundsInParent();
            labels.put(key.nodeId(), new Rectangle2D.Double(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight()));
        }
        assertEquals(List.of(), linesNotAroundCards());
        assertEquals(List.of(), LayoutGeometry.overlaps(labels, labels));
        assertEquals(List.of(), LayoutGeometry.overlaps(labels, cards));
    }

    /** The lines not drawn along a route, and the cards that lines pass through, as they are drawn now. */
    private List<String> linesNotAroundCards() {
        Map<String, Rectangle2D> cards = cards();
        List<String> out = new ArrayList<>();
        for (Edge e : Edge.all(fx.doc.current())) {
            EdgeKey key = EdgeKey.of(e);
            EdgeView v = fx.canvas.line(key).orElseThrow();
            if (!v.routed()) {
                out.add(key.nodeId() + " is straight");
            }
            List<Position> points = v.points().stream().map(p -> new Position(p.getX(), p.getY())).toList();
            out.addAll(LayoutGeometry.cardsCrossed(key.nodeId(), points, key.from(), key.to(), cards));
        }
        return out;
    }

    /**
     * Makes an edit on the FX thread, then returns {@link #linesNotAroundCards} as they are in the first pulse
     * after it, once the cards are laid out and before that frame is drawn (the canvas routes there too; this
     * listener, added later, runs after the canvas's).
     */
    private List<String> linesNotAroundCardsInTheFrameOf(FxRobot robot, Runnable edit) throws InterruptedException {
        CompletableFuture<List<String>> seen = new CompletableFuture<>();
        robot.interact(() -> {
            Scene scene = fx.canvas.getScene();
            Runnable[] check = new Runnable[1];
            check[0] = () -> {
                if (seen.complete(linesNotAroundCards())) {
                    Platform.runLater(() -> scene.removePostLayoutPulseListener(check[0]));
                }
            };
            edit.run();
            scene.addPostLayoutPulseListener(check[0]);
        });
        try {
            return seen.get(5, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("no pulse came after the edit", e);
        }
    }

    @Test
    void aCardMovedOnSeed001HasItsLinesRoutedAroundTheCardsInTheFrameOfTheMove(FxRobot robot) throws Exception {
        fx.open(robot, Examples.load("seed001-epoll-flush-uaf").orElseThrow());
        awaitRouted();
        // The epoll to the right of /locust/a: a straight fd 4 from the process would cut the file's card.
        Position file = fx.doc.current().node("F1").orElseThrow().position();
        List<String> faults = linesNotAroundCardsInTheFrameOf(robot, () -> fx.doc.execute(
                new lifeline.edit.MoveNodes(Map.of("E1", new Position(file.x() + 400, file.y())))));
        assertEquals(List.of(), faults);
    }

    @Test
    void aFileAddedAndConnectedOnSeed001IsRoutedAroundTheCardsInTheFrameOfTheEdit(FxRobot robot) throws Exception {
        fx.open(robot, Examples.load("seed001-epoll-flush-uaf").orElseThrow());
        awaitRouted();
        Position file = fx.doc.current().node("F1").orElseThrow().position();
        List<String> faults = linesNotAroundCardsInTheFrameOf(robot, () -> {
            AddNode add = new AddNode(NodeKind.DRIVER_FILE, new Position(file.x() + 400, file.y()));
            String id = add.newId(fx.doc.current());
            fx.doc.execute(add);
            fx.doc.execute(Connect.of(fx.doc.current(), "P1", id));
        });
        assertEquals(List.of(), faults);
        assertEquals(4, Edge.all(fx.doc.current()).size(), "the new file's fd is drawn too");
    }

    private void awaitRouted() {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Edge.all(fx.doc.current()).stream()
                    .allMatch(e -> fx.canvas.line(EdgeKey.of(e)).map(EdgeView::routed).orElse(false)));
        } catch (TimeoutException e) {
            throw new AssertionError("the lines were not routed in 5 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void cardsPlacedByHandAtRandomGetLinesAroundThem(long seed, FxRobot robot) {
        fx.open(robot, Examples.load(seed % 2 == 0 ? "seed000-binder-leak" : "seed004-hook-path-leak")
                .orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
        Random r = new Random(seed);
        Map<String, Rectangle2D> sizes = cards();
        Map<String, Position> to = new LinkedHashMap<>();
        List<Rectangle2D> taken = new ArrayList<>();
        for (Map.Entry<String, Rectangle2D> c : sizes.entrySet()) {
            Rectangle2D at;
            do {
                at = new Rectangle2D.Double(40 + r.nextInt(900), 40 + r.nextInt(600), c.getValue().getWidth(),
                        c.getValue().getHeight());
                Rectangle2D room = new Rectangle2D.Double(at.getX() - 40, at.getY() - 40, at.getWidth() + 80,
                        at.getHeight() + 80);
                if (taken.stream().noneMatch(room::intersects)) {
                    break;
                }
            } while (true);
            taken.add(at);
            to.put(c.getKey(), new Position(at.getX(), at.getY()));
        }
        robot.interact(() -> fx.doc.execute(new lifeline.edit.MoveNodes(to)));
        assertRoutedAroundCards();
    }

    @Test
    void aFileWithoutPositionsIsArrangedOnOpeningWithoutAnUndoStep(FxRobot robot) {
        Scenario s = ScalingFamily.member(4, 4);
        assertTrue(Arrangement.lacksLayout(s));
        fx.open(robot, s);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(Arrangement.lacksLayout(fx.doc.current()));
        assertFalse(fx.doc.canUndoProperty().get());
        assertFalse(fx.doc.dirtyProperty().get());
        assertEquals(List.of(), LayoutGeometry.overlappingCards(cards()));
    }

    @Test
    void movingACardAfterArrangingRoutesItsLinesAroundTheCardsAndUndoBringsTheLayoutsRoutesBack(FxRobot robot) {
        fx.open(robot, Examples.load("seed000-binder-leak").orElseThrow());
        robot.interact(fx.canvas::arrangeAutomatically);
        fx.awaitArranged();
        Edge first = Edge.all(fx.doc.current()).get(0);
        EdgeView v = fx.canvas.line(EdgeKey.of(first)).orElseThrow();
        assertTrue(v.routed());
        List<Position> arranged = v.points().stream().map(q -> new Position(q.getX(), q.getY())).toList();
        Position p = fx.doc.current().node(first.from()).orElseThrow().position();
        double below = cards().values().stream().mapToDouble(Rectangle2D::getMaxY).max().orElseThrow() + 80;
        robot.interact(() -> fx.doc.execute(new lifeline.edit.MoveNodes(Map.of(first.from(),
                new Position(p.x(), below)))));
        assertRoutedAroundCards();
        robot.interact(fx.doc::undo);
        assertTrue(v.routed(), "back where the layout put it: the layout's route holds again");
        assertEquals(arranged, v.points().stream().map(q -> new Position(q.getX(), q.getY())).toList());
    }

    @Test
    void fitStopsAtItsMinimumZoomAndShowsTheTopLeftOfALargeDrawing(FxRobot robot) {
        fx.open(robot, ScalingFamily.member(4, 4));
        robot.interact(fx.canvas::zoomToFit);
        assertEquals(CanvasView.FIT_MIN_ZOOM, fx.canvas.zoomProperty().get(), 1e-9);
        Node view = robot.lookup("#canvas-viewport").query();
        Bounds shown = view.localToScreen(view.getLayoutBounds());
        Map<String, Rectangle2D> cards = cards();
        String topLeftCard = cards.entrySet().stream()
                .min(java.util.Comparator.comparingDouble(e -> e.getValue().getX() + e.getValue().getY()))
                .orElseThrow().getKey();
        Node card = fx.card(robot, topLeftCard);
        Bounds c = card.localToScreen(card.getLayoutBounds());
        assertTrue(shown.contains(c), "the top left card is whole in view: " + c + " in " + shown);
        assertTrue(fx.doc.current().nodes().stream().map(n -> fx.card(robot, n.id()))
                .anyMatch(n -> !shown.contains(n.localToScreen(n.getLayoutBounds()))),
                "the larger scenario does not fit at the minimum zoom: the rest is a scroll away");
    }
}

package lifeline.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import lifeline.edit.Edge;
import lifeline.edit.EdgeKind;
import lifeline.io.Examples;
import lifeline.model.Node;
import lifeline.model.Position;
import lifeline.model.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Lines routed around cards that stay where they are: on every example at its stored positions, on the
 * examples' cards scattered at random and on random drawings, no line passes through a card but its ends,
 * every piece is horizontal or vertical, each line starts and ends on its cards' borders, and no label
 * covers a card or another label.
 */
class OrthogonalRouterTest {
    private static final Size LABEL = new Size(44, 16);

    static Stream<String> examples() {
        return Examples.names().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void theExamplesAtTheirOwnPositions(String name) {
        Scenario s = Examples.load(name).orElseThrow();
        Map<String, Box> cards = new LinkedHashMap<>();
        Map<String, Size> sizes = AutoLayoutTest.sizes(s);
        for (Node n : s.nodes()) {
            // The canvas's cards are about this big; the examples' positions leave room for them.
            cards.put(n.id(), new Box(n.position().x(), n.position().y(), 150, Math.min(90, sizes.get(n.id()).height())));
        }
        check(cards, lines(s), true);
    }

    static Stream<Long> seeds() {
        return IntStream.range(0, 40).mapToObj(i -> 1000L + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomDrawings(long seed) {
        Random r = new Random(seed);
        Map<String, Box> cards = scatter(r, 4 + r.nextInt(10));
        List<String> ids = new ArrayList<>(cards.keySet());
        List<Line> lines = new ArrayList<>();
        for (int k = 0; k < ids.size() * 3 / 2; k++) {
            String a = ids.get(r.nextInt(ids.size()));
            String b = ids.get(r.nextInt(ids.size()));
            if (!a.equals(b)) {
                lines.add(new Line(EdgeKind.values()[r.nextInt(EdgeKind.values().length)], a, b));
            }
        }
        check(cards, lines.stream().distinct().toList(), true);
    }

    @Test
    void aLineBetweenOverlappingCardsIsNotRoutedAndTheOthersStillAre() {
        Map<String, Box> cards = Map.of("A", new Box(0, 0, 100, 60), "B", new Box(50, 30, 100, 60),
                "C", new Box(400, 0, 100, 60));
        Line ab = new Line(EdgeKind.FD, "A", "B");
        Line ac = new Line(EdgeKind.FD, "A", "C");
        Map<Line, Route> routes = OrthogonalRouter.route(cards, List.of(ab, ac), Map.of());
        assertNull(routes.get(ab));
        assertEquals(List.of(new Position(100, 30), new Position(400, 30)), routes.get(ac).points());
    }

    @Test
    void aCardInTheWayIsGoneAroundWithTwoBendsOrFewer() {
        Map<String, Box> cards = Map.of("A", new Box(0, 0, 100, 60), "B", new Box(200, 0, 100, 60),
                "C", new Box(400, 0, 100, 60));
        Route r = OrthogonalRouter.route(cards, List.of(new Line(EdgeKind.FD, "A", "C")), Map.of()).values()
                .iterator().next();
        assertEquals(List.of(), LayoutGeometry.cardsCrossed("A-C", r.points(), "A", "C", rectangles(cards)));
        assertTrue(r.points().size() <= 6, "around B over or under it: " + r.points());
    }

    /** Cards of the canvas's sizes at random places, never closer than twice the routing margin. */
    private static Map<String, Box> scatter(Random r, int n) {
        Map<String, Box> cards = new LinkedHashMap<>();
        double room = OrthogonalRouter.MARGIN * 2 + 2;
        while (cards.size() < n) {
            Box b = new Box(r.nextInt(1100), r.nextInt(700), 120 + r.nextInt(100), 50 + r.nextInt(60));
            Box grown = new Box(b.x() - room, b.y() - room, b.width() + 2 * room, b.height() + 2 * room);
            if (cards.values().stream().noneMatch(c -> c.overlaps(grown, 0))) {
                cards.put("N" + cards.size(), b);
            }
        }
        return cards;
    }

    private static List<Line> lines(Scenario s) {
        return Edge.all(s).stream().map(Line::of).distinct().filter(l -> !l.from().equals(l.to())).toList();
    }

    private static Map<String, Rectangle2D> rectangles(Map<String, Box> cards) {
        Map<String, Rectangle2D> out = new LinkedHashMap<>();
        cards.forEach((id, b) -> out.put(id, new Rectangle2D.Double(b.x(), b.y(), b.width(), b.height())));
        return out;
    }

    private static void check(Map<String, Box> cards, List<Line> lines, boolean labelsClear) {
        Map<String, Rectangle2D> rects = rectangles(cards);
        List<String> overlapping = LayoutGeometry.overlappingCards(rects);
        Map<Line, Size> sizes = new LinkedHashMap<>();
        lines.forEach(l -> sizes.put(l, LABEL));
        Map<Line, Route> routes = OrthogonalRouter.route(cards, lines, sizes);
        List<String> crossed = new ArrayList<>();
        Map<String, Rectangle2D> labels = new LinkedHashMap<>();
        for (Line l : lines) {
            Route r = routes.get(l);
            String name = l.kind() + " " + l.from() + "-" + l.to();
            if (r == null) {
                assertTrue(!overlapping.isEmpty(), name + " is routed where no cards overlap");
                continue;
            }
            crossed.addAll(LayoutGeometry.cardsCrossed(name, r.points(), l.from(), l.to(), rects));
            assertTrue(AutoLayoutTest.orthogonal(r.points()), name + " is not orthogonal: " + r.points());
            assertTrue(onBorder(cards.get(l.from()), r.points().get(0)), name + " starts on its card");
            assertTrue(onBorder(cards.get(l.to()), r.points().get(r.points().size() - 1)), name + " ends on its card");
            Box label = Box.around(r.label(), LABEL);
            labels.put(name, new Rectangle2D.Double(label.x(), label.y(), label.width(), label.height()));
        }
        assertEquals(List.of(), crossed);
        if (labelsClear) {
            assertEquals(List.of(), LayoutGeometry.overlaps(labels, labels));
            assertEquals(List.of(), LayoutGeometry.overlaps(labels, rects));
        }
    }

    private static boolean onBorder(Box b, Position p) {
        boolean inside = p.x() >= b.x() - 0.01 && p.x() <= b.maxX() + 0.01 && p.y() >= b.y() - 0.01
                && p.y() <= b.maxY() + 0.01;
        return inside && (Math.abs(p.x() - b.x()) < 0.01 || Math.abs(p.x() - b.maxX()) < 0.01
                || Math.abs(p.y() - b.y()) < 0.01 || Math.abs(p.y() - b.maxY()) < 0.01);
    }
}

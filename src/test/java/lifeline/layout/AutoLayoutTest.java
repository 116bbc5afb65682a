package lifeline.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import lifeline.edit.Edge;
import lifeline.io.Examples;
import lifeline.io.ScalingFamily;
import lifeline.model.Node;
import lifeline.model.Position;
import lifeline.model.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** ELK's layered layout of every example and the larger scenario, with card sizes like the canvas's. */
class AutoLayoutTest {
    static Stream<Arguments> scenarios() {
        Stream<Arguments> examples = Examples.names().stream()
                .map(n -> Arguments.of(n, Examples.load(n).orElseThrow()));
        return Stream.concat(examples, Stream.of(Arguments.of("larger scenario", ScalingFamily.member(4, 4))));
    }

    /** Cards of varied sizes, as the canvas measures them: wider for longer names, taller for more rows. */
    static Map<String, Size> sizes(Scenario s) {
        Map<String, Size> out = new HashMap<>();
        for (Node n : s.nodes()) {
            out.put(n.id(), new Size(150 + 4 * n.name().length(), 70 + 9 * (n.id().hashCode() & 7)));
        }
        return out;
    }

    static Map<Line, Size> labels(Scenario s) {
        Map<Line, Size> out = new HashMap<>();
        Edge.all(s).forEach(e -> out.put(Line.of(e), new Size(44, 16)));
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void noCardsOverlapNoLineCrossesACardNoLabelsOverlap(String name, Scenario s) {
        Map<String, Size> sizes = sizes(s);
        Map<Line, Size> labelSizes = labels(s);
        Arrangement a = AutoLayout.arrange(s, sizes, labelSizes);
        Map<String, Rectangle2D> cards = new LinkedHashMap<>();
        a.positions().forEach((id, p) -> cards.put(id,
                new Rectangle2D.Double(p.x(), p.y(), sizes.get(id).width(), sizes.get(id).height())));
        assertEquals(s.nodes().size(), cards.size());
        assertEquals(List.of(), LayoutGeometry.overlappingCards(cards));
        List<String> crossed = new ArrayList<>();
        Map<String, Rectangle2D> labels = new LinkedHashMap<>();
        for (Route r : a.routes().values()) {
            String line = r.line().kind() + " " + r.line().from() + "-" + r.line().to();
            crossed.addAll(LayoutGeometry.cardsCrossed(line, r.points(), r.line().from(), r.line().to(), cards));
            assertTrue(orthogonal(r.points()), line + " is not orthogonal: " + r.points());
            labels.put(line, new Rectangle2D.Double(r.label().x() - 22, r.label().y() - 8, 44, 16));
        }
        assertEquals(labelSizes.size(), a.routes().size(), "every line is routed");
        assertEquals(List.of(), crossed);
        assertEquals(List.of(), LayoutGeometry.overlaps(labels, labels));
        assertEquals(List.of(), LayoutGeometry.overlaps(labels, cards));
    }

    static boolean orthogonal(List<Position> points) {
        for (int i = 0; i + 1 < points.size(); i++) {
            Position p = points.get(i);
            Position q = points.get(i + 1);
            if (Math.abs(p.x() - q.x()) > 0.01 && Math.abs(p.y() - q.y()) > 0.01) {
                return false;
            }
        }
        return true;
    }

    @Test
    void theWarmUpRunsALayoutOfItsOwn() {
        AutoLayout.warmUp(); // throws if its little scenario or ELK's registry were broken
        Scenario s = ScalingFamily.member(2, 2);
        assertEquals(s.nodes().size(), AutoLayout.arrange(s, sizes(s), labels(s)).positions().size());
    }

    @Test
    void theSameScenarioGivesTheSameArrangement() {
        Scenario s = ScalingFamily.member(4, 4);
        assertEquals(AutoLayout.arrange(s, sizes(s), labels(s)), AutoLayout.arrange(s, sizes(s), labels(s)));
    }

    @Test
    void aFileWithoutPositionsLacksALayoutAndTheArrangementHoldsOnlyWhereItPutTheCards() {
        Scenario s = ScalingFamily.member(4, 4);
        assertTrue(Arrangement.lacksLayout(s));
        Arrangement a = AutoLayout.arrange(s, sizes(s), labels(s));
        Scenario arranged = a.command().apply(s);
        assertFalse(Arrangement.lacksLayout(arranged));
        assertTrue(a.holdsFor(arranged));
        assertFalse(a.holdsFor(s));
        assertFalse(Arrangement.lacksLayout(Examples.load(Examples.names().get(0)).orElseThrow()));
    }
}

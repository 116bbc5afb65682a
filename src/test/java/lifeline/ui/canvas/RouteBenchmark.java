package lifeline.ui.canvas;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lifeline.edit.Edge;
import lifeline.io.Examples;
import lifeline.io.ScalingFamily;
import lifeline.layout.AutoLayout;
import lifeline.layout.Box;
import lifeline.layout.Line;
import lifeline.layout.OrthogonalRouter;
import lifeline.layout.Size;
import lifeline.model.Node;
import lifeline.model.Scenario;

/**
 * How long routing every line around the cards takes (what the canvas does in the pulse of a change, or for a
 * drawing that does not route within a frame once it has been still for {@link RouteScheduler#ROUTE_AFTER}),
 * median of 15 runs after 5 to warm up: seed 000 at its own positions,
 * the larger scenario of issue 10 where the automatic layout put it, and the 200-card drawing of
 * {@link CanvasBenchmark}. No display needed: {@code java -cp "target/test-classes:target/classes:$(cat
 * target/cp.txt)" lifeline.ui.canvas.RouteBenchmark}.
 */
public final class RouteBenchmark {
    private static final Size CARD = new Size(170, 80);
    private static final Size LABEL = new Size(40, 16);

    private RouteBenchmark() {
    }

    public static void main(String[] args) {
        Scenario larger = ScalingFamily.member(4, 4);
        Map<String, Size> sizes = new LinkedHashMap<>();
        larger.nodes().forEach(n -> sizes.put(n.id(), CARD));
        Scenario arranged = AutoLayout.arrange(larger, sizes, Map.of()).command().apply(larger);
        time("seed 000, own positions", Examples.load("seed000-binder-leak").orElseThrow());
        time("larger scenario, arranged", arranged);
        time("200 cards, 300 edges", CanvasBenchmark.scenario());
    }

    private static void time(String name, Scenario s) {
        Map<String, Box> cards = new LinkedHashMap<>();
        for (Node n : s.nodes()) {
            cards.put(n.id(), new Box(n.position().x(), n.position().y(), CARD.width(), CARD.height()));
        }
        List<Line> lines = Edge.all(s).stream().map(Line::of).distinct().toList();
        Map<Line, Size> labels = new LinkedHashMap<>();
        lines.forEach(l -> labels.put(l, LABEL));
        List<Double> ms = new ArrayList<>();
        int routed = 0;
        for (int run = 0; run < 20; run++) {
            long t0 = System.nanoTime();
            routed = OrthogonalRouter.route(cards, lines, labels).size();
            if (run >= 5) {
                ms.add((System.nanoTime() - t0) / 1e6);
            }
        }
        ms.sort(null);
        System.out.printf(Locale.ROOT, "%-28s %3d cards %3d lines (%3d routed): median %.1f ms (%.1f to %.1f)%n",
                name, cards.size(), lines.size(), routed, ms.get(ms.size() / 2), ms.get(0), ms.get(ms.size() - 1));
    }
}

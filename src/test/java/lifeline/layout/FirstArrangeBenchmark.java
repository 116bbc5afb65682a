package lifeline.layout;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import lifeline.io.ScalingFamily;
import lifeline.model.Scenario;

/**
 * The first automatic layout in a fresh JVM, with and without the app's warm-up before it (what the app runs on
 * a background thread after start-up): {@code java -cp "target/test-classes:target/classes:$(cat
 * target/cp.txt)" lifeline.layout.FirstArrangeBenchmark [warm]}, one JVM a run, so each measures ELK cold.
 */
public final class FirstArrangeBenchmark {
    private FirstArrangeBenchmark() {
    }

    public static void main(String[] args) {
        boolean warm = args.length > 0 && args[0].equals("warm");
        if (warm) {
            AutoLayout.warmUp();
        }
        Scenario s = ScalingFamily.member(4, 4);
        Map<String, Size> cards = new LinkedHashMap<>();
        s.nodes().forEach(n -> cards.put(n.id(), new Size(170, 80)));
        long t0 = System.nanoTime();
        AutoLayout.arrange(s, cards, Map.of());
        System.out.printf(Locale.ROOT, "first arrange of the larger scenario (%s): %.0f ms%n",
                warm ? "after the warm-up" : "cold", (System.nanoTime() - t0) / 1e6);
    }
}

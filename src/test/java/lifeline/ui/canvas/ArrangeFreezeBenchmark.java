package lifeline.ui.canvas;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;
import lifeline.edit.MoveNodes;
import lifeline.io.ScalingFamily;
import lifeline.layout.AutoLayout;
import lifeline.layout.Size;
import lifeline.model.Node;
import lifeline.model.Position;
import lifeline.model.Scenario;
import lifeline.ui.document.DocumentModel;
import lifeline.ui.shell.Themes;

/**
 * How long the window stops during the first View > Arrange Automatically in a fresh JVM (ELK not loaded yet):
 * the FX thread's time in the call, the longest gap between two pulses until the layout is applied, and the
 * time until it is (and 0.2 s more, so that the frame after it counts). The larger scenario of issue 10 on a
 * grid, in a bare canvas, one JVM a run (so each measures ELK cold); {@code --on-fx-thread} runs the layout in
 * the call, as Arrange did before. Headless: {@code java -Dglass.platform=Monocle -Dmonocle.platform=Headless
 * -Dprism.order=sw -cp "target/test-classes:target/classes:$(cat target/cp.txt)"
 * lifeline.ui.canvas.ArrangeFreezeBenchmark [--on-fx-thread]}.
 */
public final class ArrangeFreezeBenchmark {
    private static final long SLOW_FRAME_NANOS = 100_000_000;

    private ArrangeFreezeBenchmark() {
    }

    public static void main(String[] args) throws InterruptedException {
        boolean onFxThread = args.length > 0 && args[0].equals("--on-fx-thread");
        CountDownLatch done = new CountDownLatch(1);
        Platform.startup(() -> {
            DocumentModel doc = new DocumentModel(onAGrid(ScalingFamily.member(4, 4)));
            CanvasView canvas = new CanvasView(doc);
            Stage stage = new Stage();
            Scene scene = new Scene(canvas, 1200, 800);
            Themes.apply(scene, false);
            stage.setScene(scene);
            stage.show();
            PauseTransition settle = new PauseTransition(Duration.seconds(1));
            settle.setOnFinished(e -> measure(canvas, onFxThread, done));
            settle.play();
        });
        done.await();
        Platform.exit();
    }

    private static Scenario onAGrid(Scenario s) {
        Map<String, Position> at = new LinkedHashMap<>();
        List<Node> nodes = s.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            at.put(nodes.get(i).id(), new Position(40 + 260 * (i % 5), 40 + 180 * (i / 5)));
        }
        return new MoveNodes(at).apply(s);
    }

    private static void measure(CanvasView canvas, boolean onFxThread, CountDownLatch done) {
        long t0 = System.nanoTime();
        long[] last = {t0};
        long[] longest = {0};
        int[] slow = {0};
        AnimationTimer pulses = new AnimationTimer() {
            @Override
            public void handle(long now) {
                long t = System.nanoTime();
                longest[0] = Math.max(longest[0], t - last[0]);
                if (t - last[0] > SLOW_FRAME_NANOS) {
                    slow[0]++;
                }
                last[0] = t;
            }
        };
        pulses.start();
        if (onFxThread) {
            arrangeOnFxThread(canvas);
        } else {
            canvas.arrangeAutomatically();
        }
        long call = System.nanoTime() - t0;
        if (onFxThread) {
            report("on the FX thread (before)", call, longest, slow, t0, pulses, done);
            return;
        }
        canvas.arrangingProperty().addListener((o, was, arranging) -> {
            if (!arranging) {
                report("off the FX thread", call, longest, slow, t0, pulses, done);
            }
        });
    }

    /** What Arrange did before it ran off the FX thread: the layout and its edit in the caller's event. */
    private static void arrangeOnFxThread(CanvasView canvas) {
        DocumentModel doc = canvas.document();
        Map<String, Size> cards = new LinkedHashMap<>();
        doc.current().nodes().forEach(n -> canvas.skin(n.id())
                .ifPresent(k -> cards.put(n.id(), new Size(k.getWidth(), k.getHeight()))));
        doc.execute(AutoLayout.arrange(doc.current(), cards, Map.of()).command());
    }

    /** Prints once the frame that shows the arranged drawing has had its pulse. */
    private static void report(String how, long call, long[] longest, int[] slow, long t0, AnimationTimer pulses,
            CountDownLatch done) {
        PauseTransition frames = new PauseTransition(Duration.millis(200));
        frames.setOnFinished(e -> {
            pulses.stop();
            System.out.printf(Locale.ROOT, "first Arrange of the larger scenario, cold, %s: in the call %.0f ms,"
                    + " longest frame gap %.0f ms (%d over 100 ms), applied after %.0f ms%n", how, call / 1e6,
                    longest[0] / 1e6, slow[0], (System.nanoTime() - t0) / 1e6);
            done.countDown();
        });
        frames.play();
    }
}

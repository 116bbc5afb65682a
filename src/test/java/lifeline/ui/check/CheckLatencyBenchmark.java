package lifeline.ui.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;
import lifeline.check.CheckResult;
import lifeline.io.Examples;
import lifeline.ui.canvas.CanvasView;
import lifeline.ui.document.DocumentModel;
import lifeline.ui.trace.FxBench;

/**
 * The time from Check to the result on screen for every built-in example: to the first trace step
 * laid out in the step list (with the canvas above drawing it) for a violation, to the banner for a pass. Prints medians over the runs
 * (argument 1, default 5) with TLC's own share, and the first check of the session apart. Checks
 * get their checker as the application does ({@link CheckerSource#located()}: a TLC child started
 * ahead of each check), and each waits argument 2 ms (default 1000) first, as a user's edit would;
 * argument 3 "cold" uses a runner without a child started ahead, as before.
 * Not a test: run it as a main class on the test class path.
 */
public final class CheckLatencyBenchmark {
    private CheckLatencyBenchmark() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        long pauseMs = args.length > 1 ? Long.parseLong(args[1]) : 1000;
        boolean cold = args.length > 2 && args[2].equals("cold");
        FxBench.startToolkit();
        Path dir = Files.createTempDirectory("latency-bench");
        CheckServices services = cold ? CheckKit.services(dir, new FxUiExecutor(), new CheckKit.ScriptedDialog())
                : new CheckServices(CheckerSource.located(), new FxUiExecutor(),
                new CheckPreferencesStore(dir.resolve("prefs.properties")), new CheckKit.ScriptedDialog());
        CheckDock dock = FxBench.onFx(() -> {
            DocumentModel doc = CheckKit.document("seed000-binder-leak");
            CheckDock d = new CheckDock(doc, services);
            CanvasView canvas = new CanvasView(doc);
            d.drawStepsWith(canvas::showStep);
            SplitPane window = new SplitPane(canvas, d);
            window.setOrientation(Orientation.VERTICAL);
            Stage stage = new Stage();
            stage.setScene(CheckKit.themed(new Scene(window, 1280, 800)));
            stage.show();
            return d;
        });
        System.out.printf("first check of the session: %.0f ms on screen (%s)%n", time(dock)[0] / 1e6,
                cold ? "no child started ahead" : "TLC children started ahead");
        System.out.println("example                          on screen   checker wall   TLC process   UI share"
                + "   (medians of " + runs + " runs, ms, " + pauseMs + " ms pause before each)");
        for (String example : Examples.names()) {
            double[][] ms = new double[4][runs];
            String verdict = "";
            for (int i = 0; i < runs; i++) {
                FxBench.onFx(() -> {
                    DocumentModel doc = dock.session().document();
                    doc.reset(Examples.load(example).orElseThrow(), null, example);
                    return null;
                });
                Thread.sleep(pauseMs);
                long[] shown = time(dock);
                CheckResult r = dock.session().completedProperty().get().result();
                verdict = r.verdict().name().toLowerCase() + (dock.player().size() > 0 ? ", "
                        + dock.player().size() + " steps" : "");
                ms[0][i] = shown[0] / 1e6;
                ms[1][i] = r.wallTime().toNanos() / 1e6;
                ms[2][i] = r.tlcTime().toNanos() / 1e6;
                ms[3][i] = ms[0][i] - ms[1][i];
            }
            System.out.printf("%-32s %9.0f %14.0f %13.0f %10.0f   %s%n", example, FxBench.percentile(ms[0], 50),
                    FxBench.percentile(ms[1], 50), FxBench.percentile(ms[2], 50), FxBench.percentile(ms[3], 50),
                    verdict);
        }
        System.exit(0);
    }

    /** Presses Check and waits for the layout pass that puts the result on screen; returns the nanoseconds. */
    private static long[] time(CheckDock dock) throws Exception {
        CompletableFuture<Long> done = new CompletableFuture<>();
        FxBench.onFx(() -> {
            Scene scene = dock.getScene();
            long t0 = System.nanoTime();
            ChangeListener<CompletedCheck> onResult = new ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends CompletedCheck> o, CompletedCheck a,
                                    CompletedCheck c) {
                    if (c == null) {
                        return;
                    }
                    dock.session().completedProperty().removeListener(this);
                    Runnable[] post = new Runnable[1];
                    post[0] = () -> {
                        scene.removePostLayoutPulseListener(post[0]);
                        done.complete(System.nanoTime() - t0);
                    };
                    scene.addPostLayoutPulseListener(post[0]);
                }
            };
            dock.session().completedProperty().addListener(onResult);
            dock.session().check();
            return null;
        });
        return new long[] {done.get()};
    }
}

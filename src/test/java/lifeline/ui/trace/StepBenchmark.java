package lifeline.ui.trace;

import static lifeline.model.ScenarioBuilder.close;
import static lifeline.model.ScenarioBuilder.pollable;
import static lifeline.model.ScenarioBuilder.privateData;
import static lifeline.model.ScenarioBuilder.reserved;
import static lifeline.model.ScenarioBuilder.wake;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.animation.AnimationTimer;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import lifeline.check.CheckResult;
import lifeline.check.TlcFixture;
import lifeline.model.FreeSite;
import lifeline.model.PathCapture;
import lifeline.model.ReservedMemory;
import lifeline.model.Scenario;
import lifeline.model.SeedScenarios;
import lifeline.model.ScenarioBuilder;
import lifeline.model.Unplug;
import lifeline.spec.Granularity;
import lifeline.trace.KernelTrace;
import lifeline.trace.TraceStep;
import lifeline.ui.canvas.CanvasView;
import lifeline.ui.check.CheckDock;
import lifeline.ui.check.CheckKit;
import lifeline.ui.check.CheckServices;
import lifeline.ui.check.FxUiExecutor;
import lifeline.ui.check.CheckPreferencesStore;
import lifeline.ui.document.DocumentModel;

/**
 * How long one step of the player takes to show, per tab, on a long trace: the literal model of the
 * benchmark scenario with seed 000's bug (a 57-step NoLeak trace), its steps repeated to at least
 * 100, in a window with the canvas above the check dock, the canvas drawing each step as the app does. Steps once per frame and prints, per tab, the FX thread's work (the selection's listeners, then
 * the pulse's CSS and layout passes), the FX thread's CPU time for both (what a step costs whatever the
 * machine's load), the intervals between frames (which include painting), and a
 * snapshot of the whole window per step as an upper bound on painting.
 * Not a test: run it as a main class on the test class path (-Dbench.tabs=State,Sequence picks tabs;
 * -Dbench.display=true uses a real display instead of headless Monocle).
 */
public final class StepBenchmark {
    private static final int MIN_STEPS = 100;
    /** The FX thread's CPU time, which a loaded machine does not inflate as it does the wall clock. */
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory
            .getThreadMXBean();
    private static final List<String> TABS = List.of(System.getProperty("bench.tabs",
            "Steps,State,Backtraces,Sequence,Report").split(","));

    private StepBenchmark() {}

    public static void main(String[] args) throws Exception {
        Scenario s = longScenario();
        long t0 = System.nanoTime();
        CheckResult r = TlcFixture.check(s, Granularity.LITERAL);
        System.out.printf("literal check: %s (%.1f s)%n", r.message(), (System.nanoTime() - t0) / 1e9);
        KernelTrace trace = repeatToAtLeast(r.trace().orElseThrow(), MIN_STEPS);
        FxBench.startToolkit();
        Path prefs = Files.createTempDirectory("step-bench").resolve("check.properties");
        CheckDock dock = FxBench.onFx(() -> {
            DocumentModel doc = CheckKit.document(s, "benchmark-bug");
            CheckDock d = new CheckDock(doc, new CheckServices(() -> TlcFixture.checker(), new FxUiExecutor(),
                    new CheckPreferencesStore(prefs), (k, n, e) -> Optional.empty()));
            CanvasView canvas = new CanvasView(doc);
            d.drawStepsWith(canvas::showStep);
            SplitPane window = new SplitPane(canvas, d);
            window.setOrientation(Orientation.VERTICAL);
            window.setDividerPositions(0.45);
            Stage stage = new Stage();
            stage.setScene(CheckKit.themed(new Scene(window, 1280, 800))); // the app's window, and Monocle's screen
            stage.show();
            d.player().load(trace, r.naming());
            return d;
        });
        System.out.printf("trace: %d steps (%d from TLC, repeated)%n", trace.size(), r.trace().get().size());
        System.out.println("per step: listeners = the selection's listeners; css+layout = the pulse's CSS and layout"
                + " passes after it; FX thread CPU = both, in the thread's CPU time; frame = the interval between"
                + " frames while stepping once per frame (60 Hz = 16.7 ms);"
                + " snapshot = rendering the whole window into an image, an upper bound on painting");
        for (String tab : TABS) {
            FxBench.onFx(() -> {
                dock.showTab(tab);
                return null;
            });
            frames(dock, trace.size()); // warm-up
            double[][] f = frames(dock, trace.size());
            double[] shot = snapshots(dock, trace.size());
            System.out.printf("%-11s listeners %s | css+layout median %s, p95 %s | FX thread CPU a step median %s"
                            + " | frame median %s, p95 %s, over 16.7 ms: %d of %d | snapshot median %s%n", tab,
                    FxBench.ms(FxBench.percentile(f[0], 50)), FxBench.ms(FxBench.percentile(f[1], 50)),
                    FxBench.ms(FxBench.percentile(f[1], 95)), FxBench.ms(FxBench.percentile(f[3], 50)),
                    FxBench.ms(FxBench.percentile(f[2], 50)),
                    FxBench.ms(FxBench.percentile(f[2], 95)), java.util.Arrays.stream(f[2]).filter(x -> x > 17.5)
                            .count(), f[2].length, FxBench.ms(FxBench.percentile(shot, 50)));
        }
        System.exit(0);
    }

    /**
     * Steps once per frame from an animation timer (which runs first in a pulse, before CSS and layout) and
     * returns, per step, the listeners' time, the pulse's CSS and layout time, and the interval to the next frame.
     */
    private static double[][] frames(CheckDock dock, int n) throws Exception {
        double[][] ms = new double[4][n - 1];
        long[] cssStart = new long[1];
        long[] cpuStart = new long[1];
        int[] step = {-1};
        CompletableFuture<Void> done = new CompletableFuture<>();
        Runnable pre = () -> {
            cssStart[0] = System.nanoTime();
            cpuStart[0] = CPU.getCurrentThreadCpuTime();
        };
        Runnable post = () -> {
            if (step[0] >= 0 && step[0] < n - 1) {
                ms[1][step[0]] = (System.nanoTime() - cssStart[0]) / 1e6;
                ms[3][step[0]] += (CPU.getCurrentThreadCpuTime() - cpuStart[0]) / 1e6;
            }
        };
        FxBench.onFx(() -> {
            dock.player().first();
            Scene scene = dock.getScene();
            scene.addPreLayoutPulseListener(pre);
            scene.addPostLayoutPulseListener(post);
            new AnimationTimer() {
                private long last;

                @Override
                public void handle(long now) {
                    if (step[0] >= 0) {
                        ms[2][step[0]] = (now - last) / 1e6;
                    }
                    last = now;
                    if (step[0] == n - 2) {
                        stop();
                        scene.removePreLayoutPulseListener(pre);
                        scene.removePostLayoutPulseListener(post);
                        done.complete(null);
                        return;
                    }
                    step[0]++;
                    long t = System.nanoTime();
                    long cpu = CPU.getCurrentThreadCpuTime();
                    dock.player().next();
                    ms[0][step[0]] = (System.nanoTime() - t) / 1e6;
                    ms[3][step[0]] += (CPU.getCurrentThreadCpuTime() - cpu) / 1e6;
                }
            }.start();
            return null;
        });
        done.get();
        return ms;
    }

    private static double[] snapshots(CheckDock dock, int n) throws Exception {
        double[] ms = new double[n - 1];
        FxBench.onFx(() -> {
            dock.player().first();
            return null;
        });
        for (int i = 1; i < n; i++) {
            int at = i - 1;
            ms[at] = FxBench.onFx(() -> {
                long t = System.nanoTime();
                dock.player().next();
                dock.getScene().snapshot((WritableImage) null);
                return (System.nanoTime() - t) / 1e6;
            });
        }
        return ms;
    }

    /** The benchmark scenario with seed 000's bug: release frees the blocks of current->tgid. */
    static Scenario longScenario() {
        return SeedScenarios.benchmark(ReservedMemory.CURRENT_TGID);
    }

    /** The trace's steps after the initial state, again and again, renumbered, until there are enough. */
    static KernelTrace repeatToAtLeast(KernelTrace t, int n) {
        List<TraceStep> steps = new ArrayList<>(t.steps());
        for (int i = 1; steps.size() < n; i = i % (t.size() - 1) + 1) {
            TraceStep s = t.steps().get(i);
            steps.add(new TraceStep(steps.size() + 1, s.task(), s.taskLabel(), s.calls(), s.state(), s.objects(),
                    s.changes(), s.newFaults(), s.summary(), s.tlcState(), List.of()));
        }
        return new KernelTrace(steps);
    }
}

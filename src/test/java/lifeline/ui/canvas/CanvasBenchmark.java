package lifeline.ui.canvas;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import lifeline.edit.MoveNodes;
import lifeline.model.BinderFile;
import lifeline.model.CloseHook;
import lifeline.model.DeviceNode;
import lifeline.model.Driver;
import lifeline.model.DriverFile;
import lifeline.model.EpollFile;
import lifeline.model.FdLink;
import lifeline.model.FileNode;
import lifeline.model.FreeSite;
import lifeline.model.PathCapture;
import lifeline.model.Position;
import lifeline.model.ProcessNode;
import lifeline.model.Property;
import lifeline.model.ReservedMemory;
import lifeline.model.Scenario;
import lifeline.model.Unplug;
import lifeline.model.Watch;
import lifeline.model.WorkqueueThread;
import lifeline.ui.document.DocumentModel;
import lifeline.ui.shell.MainWindow;
import lifeline.ui.shell.Themes;

/**
 * How fast the canvas is on a large drawing (200 nodes, 300 edges) in a real window: the time from setting
 * the scenario to the first frame rendered with it, and from one drag frame (a MoveNodes of 20 selected nodes
 * through the DocumentModel) to the frame that shows it. Frames are timed with JavaFX's own render-complete
 * hook (PerformanceTracker), after the window has gone idle, so each measured frame is the edit's own.
 * Run under a display (see README.md): {@code java -cp "target/test-classes:target/lifeline.jar:target/lib/*"
 * lifeline.ui.canvas.CanvasBenchmark [--window]}; --window measures inside the whole main window (inspector, validity) instead of a bare canvas.
 */
public final class CanvasBenchmark {
    private static final int OPEN_RUNS = 7;
    private static final int DRAG_RUNS = 5;
    private static final int FRAMES_PER_DRAG = 40;
    private static final int DRAGGED = 20;
    /** The window counts as idle when no frame has been rendered for four times this. */
    private static final long IDLE_MILLIS = 60;
    /** What the window shows between two opens, so that each open changes the drawing. */
    private static final Scenario TINY = Scenario.empty().withProcesses(List.of(
            new ProcessNode("P1", "tiny", 100, false, List.of(), new Position(40, 40))));

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private final AtomicLong rendered = new AtomicLong();
    private final AtomicLong renderedCpu = new AtomicLong();
    private long renderer = -1;
    private long laidOut;
    private long laidOutCpu;
    private boolean awaitingLayout;
    private volatile CountDownLatch nextFrame = new CountDownLatch(0);
    private DocumentModel doc;
    private Scene scene;

    public static void main(String[] args) throws Exception {
        boolean window = List.of(args).contains("--window");
        CanvasBenchmark b = new CanvasBenchmark();
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        try {
            b.run(window);
        } catch (Exception | Error e) {
            e.printStackTrace();
        } finally {
            Platform.exit();
        }
    }

    private void run(boolean window) throws Exception {
        Scenario big = scenario();
        System.out.printf(Locale.ROOT, "scenario: %d nodes, %d edges (%s)%n", big.nodes().size(),
                lifeline.edit.Edge.all(big).size(), window ? "whole main window" : "bare canvas");
        onFx(() -> open(window));
        List<Double> open = new ArrayList<>();
        List<Double> openFx = new ArrayList<>();
        List<Double> openLayout = new ArrayList<>();
        List<Double> openCpu = new ArrayList<>();
        List<Double> openRenderCpu = new ArrayList<>();
        for (int i = 0; i < OPEN_RUNS; i++) {
            timed(() -> doc.reset(TINY, null, "tiny"));
            double[] t = timed(() -> doc.reset(big, null, "benchmark"));
            openFx.add(t[0]);
            open.add(t[1]);
            openLayout.add(t[2]);
            openCpu.add(t[3]);
            openRenderCpu.add(t[4]);
        }
        int[] count = new int[1];
        onFx(() -> count[0] = count(scene.getRoot()));
        System.out.printf(Locale.ROOT, "scene graph with it: %d nodes%n", count[0]);
        List<Double> frame = new ArrayList<>();
        List<Double> frameFx = new ArrayList<>();
        List<Double> frameLayout = new ArrayList<>();
        List<Double> frameCpu = new ArrayList<>();
        List<Double> frameRenderCpu = new ArrayList<>();
        List<String> ids = big.processes().stream().limit(DRAGGED).map(ProcessNode::id).toList();
        for (int run = 0; run < DRAG_RUNS; run++) {
            long gesture = 1000 + run;
            for (int f = 1; f <= FRAMES_PER_DRAG; f++) {
                Map<String, Position> to = new HashMap<>();
                for (String id : ids) {
                    Position p = big.node(id).orElseThrow().position();
                    to.put(id, new Position(p.x() + 3 * f, p.y() + 2 * f));
                }
                double[] t = timed(() -> doc.execute(new MoveNodes(to, gesture)));
                frameFx.add(t[0]);
                frame.add(t[1]);
                frameLayout.add(t[2]);
                frameCpu.add(t[3]);
                frameRenderCpu.add(t[4]);
            }
        }
        System.out.printf(Locale.ROOT, "open (scenario set -> first frame rendered): median %.1f ms"
                + " (listeners %.1f ms, to end of CSS and layout %.1f ms), over %d runs%n", median(open),
                median(openFx), median(openLayout), OPEN_RUNS);
        System.out.printf(Locale.ROOT, "drag frame (MoveNodes of %d nodes -> frame rendered): median %.1f ms,"
                + " p90 %.1f ms (listeners %.1f ms, to end of CSS and layout %.1f ms), over %d frames%n", DRAGGED,
                median(frame), p90(frame), median(frameFx), median(frameLayout), frame.size());
        System.out.printf(Locale.ROOT, "CPU time (less disturbed by other load): open %.1f ms on the FX thread"
                + " + %.1f ms rendering; drag frame %.1f ms + %.1f ms%n", median(openCpu), median(openRenderCpu),
                median(frameCpu), median(frameRenderCpu));
    }

    private static int count(javafx.scene.Node n) {
        int c = 1;
        if (n instanceof Parent) {
            for (javafx.scene.Node child : ((Parent) n).getChildrenUnmodifiable()) {
                c += count(child);
            }
        }
        return c;
    }

    private void open(boolean window) {
        Stage stage = new Stage();
        doc = new DocumentModel(Scenario.empty());
        Parent root;
        if (window) {
            root = new MainWindow(stage, doc).load();
        } else {
            root = new CanvasView(doc);
        }
        scene = new Scene(root, 1400, 900);
        Themes.apply(scene, false);
        stage.setScene(scene);
        stage.show();
        scene.addPostLayoutPulseListener(() -> {
            if (awaitingLayout) {
                awaitingLayout = false;
                laidOut = System.nanoTime();
                laidOutCpu = CPU.getCurrentThreadCpuTime();
            }
        });
        onRenderedFrame(scene, () -> {
            rendered.set(System.nanoTime());
            renderedCpu.set(CPU.getCurrentThreadCpuTime());
            renderer = Thread.currentThread().getId();
            nextFrame.countDown();
        });
    }

    /**
     * Runs an edit on the FX thread once the window is idle; returns the milliseconds the FX thread spent on
     * it, and until the frame showing it was rendered.
     */
    private double[] timed(Runnable edit) throws Exception {
        do {
            Thread.sleep(IDLE_MILLIS);
        } while (System.nanoTime() - rendered.get() < IDLE_MILLIS * 4_000_000L);
        CountDownLatch frame = new CountDownLatch(1);
        nextFrame = frame;
        long[] times = new long[4];
        onFx(() -> {
            times[2] = CPU.getCurrentThreadCpuTime();
            times[3] = renderer < 0 ? 0 : CPU.getThreadCpuTime(renderer);
            times[0] = System.nanoTime();
            edit.run();
            times[1] = System.nanoTime();
            awaitingLayout = true;
            Platform.requestNextPulse();
        });
        if (!frame.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("no frame was rendered within 10 s");
        }
        long[] layout = new long[2];
        onFx(() -> {
            layout[0] = laidOut;
            layout[1] = laidOutCpu;
        });
        return new double[] {(times[1] - times[0]) / 1e6, (rendered.get() - times[0]) / 1e6,
                (layout[0] - times[0]) / 1e6, (layout[1] - times[2]) / 1e6, (renderedCpu.get() - times[3]) / 1e6};
    }

    private static void onFx(Runnable r) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        RuntimeException[] failure = new RuntimeException[1];
        Platform.runLater(() -> {
            try {
                r.run();
            } catch (RuntimeException e) {
                failure[0] = e;
            } finally {
                done.countDown();
            }
        });
        done.await();
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    /** JavaFX's render-complete hook; internal API, which a benchmark may use and the application does not. */
    private static void onRenderedFrame(Scene scene, Runnable task) {
        try {
            Class<?> tracker = Class.forName("com.sun.javafx.perf.PerformanceTracker");
            Object t = tracker.getMethod("getSceneTracker", Scene.class).invoke(null, scene);
            Method set = tracker.getMethod("setOnRenderedFrameTask", Runnable.class);
            set.invoke(t, task);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("JavaFX's PerformanceTracker is not reachable: " + e, e);
        }
    }

    private static double median(List<Double> xs) {
        return quantile(xs, 0.5);
    }

    private static double p90(List<Double> xs) {
        return quantile(xs, 0.9);
    }

    private static double quantile(List<Double> xs, double q) {
        List<Double> sorted = new ArrayList<>(xs);
        Collections.sort(sorted);
        return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(q * sorted.size())));
    }

    /**
     * 200 nodes on a 20 x 10 grid: 60 processes, 70 driver files, 20 epolls, 10 binders, 20 devices, 19 hooks
     * and the kworker; 300 edges: 201 fds, 50 watches, 30 opened-on, 19 hooks.
     */
    static Scenario scenario() {
        Supplier<Position> next = new Supplier<>() {
            private int i;

            @Override
            public Position get() {
                int n = i++;
                return new Position(40 + (n % 20) * 240, 40 + (n / 20) * 170);
            }
        };
        List<ProcessNode> ps = new ArrayList<>();
        List<FileNode> fs = new ArrayList<>();
        List<DeviceNode> ds = new ArrayList<>();
        List<CloseHook> hs = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            ps.add(new ProcessNode("P" + i, "proc " + i, 100 + i, i % 2 == 0, List.of(), next.get()));
        }
        for (int i = 1; i <= 70; i++) {
            Driver d = new Driver("drv" + i, i % 2 == 0, i % 3 == 0 ? FreeSite.FLUSH : FreeSite.RELEASE,
                    FreeSite.NONE, ReservedMemory.NONE, i <= 30 ? "D" + (1 + i % 20) : null, i % 4 != 0);
            fs.add(new DriverFile("F" + i, "/dev/f" + i, "P" + (1 + i % 60), d, next.get()));
        }
        for (int i = 1; i <= 20; i++) {
            fs.add(new EpollFile("E" + i, "epoll " + i, "P" + i, next.get()));
        }
        for (int i = 1; i <= 10; i++) {
            fs.add(new BinderFile("B" + i, "binder " + i, "P" + (40 + i), i % 2 == 0, next.get()));
        }
        for (int i = 1; i <= 20; i++) {
            ds.add(new DeviceNode("D" + i, "dev " + i, Unplug.values()[i % 3], next.get()));
        }
        for (int i = 1; i <= 19; i++) {
            hs.add(new CloseHook("H" + i, "hook " + i, "P" + i, PathCapture.values()[i % 2], next.get()));
        }
        WorkqueueThread k = new WorkqueueThread("K", "kworker", 2, next.get());
        List<FdLink> fds = new ArrayList<>();
        for (int i = 0; i < 201; i++) {
            String process = "P" + (1 + i % 60);
            FileNode f = fs.get((i * 7) % fs.size());
            fds.add(new FdLink(process, 3 + i / 60, f.id()));
        }
        List<Watch> watches = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            watches.add(new Watch("E" + (1 + i % 20), "F" + (2 + 2 * ((i * 3) % 35))));
        }
        return new Scenario("benchmark", "", ps, fs, ds, hs, k, fds, watches, Property.defaults());
    }
}

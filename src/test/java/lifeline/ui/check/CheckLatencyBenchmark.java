package lifeline.ui.check;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import lifeline.check.CheckResult;
import lifeline.check.TlcFixture;
import lifeline.fix.Fix;
import lifeline.io.Examples;
import lifeline.tlc.C1Only;
import lifeline.tlc.RunFiles;
import lifeline.ui.canvas.CanvasView;
import lifeline.ui.document.DocumentModel;
import lifeline.ui.trace.FxBench;

/**
 * The time from Check to the result on screen for every built-in example: to the first trace step
 * laid out in the step list (with the canvas above drawing it) for a violation, to the banner for a pass. Prints medians over the runs
 * (argument 1, default 5) with TLC's own share. Then, with checking as you edit, the time from an edit of each
 * seed example (its advised fix, and its undo) to the verdict badge laid out with the new verdict, beside the
 * background check's own time. {@code --edit} measures only the latter. Checks get their checker as the
 * application does ({@link CheckerSource#located()}: a TLC child started ahead of each check), and each Check
 * waits {@code --pause=MS} first (default 1000), as a user's edit would; the edits come back to back, or each
 * {@code --edit-pause=MS} after the last badge; {@code --cold} uses a runner without a
 * child started ahead. The first check of the session is printed apart. Not a test: run it as a main class on
 * the test class path. {@code --ui} measures only the UI's share: each violating example is checked once, then
 * its finished check is shown again and again (the player cleared in between, as a new check clears it), timing
 * the wall and the FX thread's CPU from the hand-over to the layout pass that shows it, with no TLC running.
 * The JVM compiles with C1 only, as the app's does ({@link C1Only}); {@code --c2} leaves C2 in.
 * {@code --warm} first checks every example once, not counted: the application's own JVM compiles its code
 * over its first checks (on two cores, beside the TLC child), so the examples measured first pay for it.
 */
public final class CheckLatencyBenchmark {
    private CheckLatencyBenchmark() {}

    public static void main(String[] args) throws Exception {
        List<String> flags = List.of(args);
        boolean editOnly = flags.contains("--edit");
        boolean uiOnly = flags.contains("--ui");
        int runs = flags.stream().filter(a -> !a.startsWith("--")).findFirst().map(Integer::parseInt).orElse(5);
        boolean cold = flags.contains("--cold");
        long pauseMs = millis(flags, "--pause=", 1000);
        long editPauseMs = millis(flags, "--edit-pause=", 0);
        if (!flags.contains("--c2")) {
            C1Only.fromNow(); // as LifelineApp.launch does
        }
        FxBench.startToolkit();
        Path dir = RunFiles.createTempDir(null, "bench"); // removed at exit, as the app's folders are
        CheckServices services = cold ? CheckKit.services(dir, new FxUiExecutor(), new CheckKit.ScriptedDialog())
                : new CheckServices(CheckerSource.located(), new FxUiExecutor(),
                new CheckPreferencesStore(dir.resolve("prefs.properties")), new CheckKit.ScriptedDialog());
        CheckDock dock = FxBench.onFx(() -> {
            DocumentModel doc = CheckKit.document("seed000-binder-leak");
            CheckDock d = new CheckDock(doc, services);
            CanvasView canvas = new CanvasView(doc);
            d.drawStepsWith(canvas::showStep);
            d.session().setPreferences(d.session().preferencesProperty().get()
                    .withLiveLimitMs(CheckPreferences.MAX_LIVE_LIMIT_MS));
            StackPane canvasHolder = new StackPane(canvas);
            new VerdictBadge(d.session().live(), () -> { }).placeOver(canvasHolder);
            SplitPane window = new SplitPane(canvasHolder, d);
            window.setOrientation(Orientation.VERTICAL);
            Stage stage = new Stage();
            stage.setScene(CheckKit.themed(new Scene(window, 1280, 800)));
            stage.show();
            return d;
        });
        if (uiOnly) {
            uiShare(dock, runs);
            System.exit(0);
        }
        if (!editOnly) {
            System.out.printf("first check of the session: %.0f ms on screen (%s)%n", time(dock)[0] / 1e6,
                    cold ? "no child started ahead" : "TLC children started ahead");
            if (flags.contains("--warm")) {
                for (String example : Examples.names()) {
                    open(dock, example);
                    Thread.sleep(pauseMs);
                    time(dock);
                }
                System.out.println("(after one check of every example, not counted)");
            }
            checkToScreen(dock, runs, pauseMs);
        }
        editToBadge(dock, runs, editPauseMs);
        System.exit(0);
    }

    private static void checkToScreen(CheckDock dock, int runs, long pauseMs) throws Exception {
        System.out.println("example                          on screen   checker wall   TLC process   UI share"
                + "   (medians of " + runs + " runs, ms, " + pauseMs + " ms pause before each)");
        for (String example : Examples.names()) {
            double[][] ms = new double[4][runs];
            String verdict = "";
            for (int i = 0; i < runs; i++) {
                open(dock, example);
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
    }

    /** The FX thread's work to show a finished check, per violating example, with no TLC running meanwhile. */
    private static void uiShare(CheckDock dock, int runs) throws Exception {
        FxBench.onFx(() -> {
            dock.session().setPreferences(dock.session().preferencesProperty().get().withCheckAsYouEdit(false));
            return null;
        });
        System.out.println("example                          wall   FX thread CPU   (medians of " + runs
                + " showings of one finished check, ms)");
        for (String example : Examples.names()) {
            open(dock, example);
            time(dock);
            CompletedCheck done = dock.session().completedProperty().get();
            if (dock.player().size() == 0) {
                continue;
            }
            double[][] ms = new double[2][runs];
            for (int i = 0; i < runs; i++) {
                open(dock, example);
                Thread.sleep(200);
                ThreadMXBean threads = ManagementFactory.getThreadMXBean();
                long[] cpu = new long[1];
                ms[0][i] = untilShown(dock, dock.session().completedProperty(), c -> c != null, () -> {
                    cpu[0] = threads.getCurrentThreadCpuTime();
                    dock.session().showCompleted(done);
                }, () -> cpu[0] = threads.getCurrentThreadCpuTime() - cpu[0]) / 1e6;
                ms[1][i] = cpu[0] / 1e6;
            }
            System.out.printf("%-32s %5.1f %15.1f   %d steps%n", example, FxBench.percentile(ms[0], 50),
                    FxBench.percentile(ms[1], 50), dock.player().size());
        }
    }

    /** Opens the example in the dock's document, as Examples in the menu does. */
    private static void open(CheckDock dock, String example) throws Exception {
        FxBench.onFx(() -> {
            dock.session().document().reset(Examples.load(example).orElseThrow(), null, example);
            return null;
        });
    }

    /**
     * Edit (the fix, its undo, in turn) to the badge laid out with the verdict, per seed example; each edit
     * {@code pauseMs} after the last badge (0: back to back, the worst case). Each fix is made on the example
     * opened anew after another one, which forgets the verdicts of the drawings checked before
     * ({@link KnownVerdicts}), so every edit here runs TLC. Then, apart, Redo and Undo in turn: drawings
     * checked before, whose verdict the badge shows at once.
     */
    private static void editToBadge(CheckDock dock, int runs, long pauseMs) throws Exception {
        System.out.println();
        System.out.println("example                          edit to badge   background check   the rest   "
                + "redo/undo to badge   (medians of " + runs + " edits, ms, " + (pauseMs == 0 ? "back to back"
                : pauseMs + " ms after the last badge") + ")");
        for (String example : Examples.names()) {
            if (!example.startsWith("seed") || Examples.isFixedTwin(example)) {
                continue;
            }
            Optional<Fix> fix = TlcFixture.check(Examples.load(example).orElseThrow()).fix();
            if (fix.isEmpty()) {
                System.out.printf("%-32s no advised fix to edit with%n", example);
                continue;
            }
            double[][] ms = new double[3][runs];
            String verdicts = "";
            for (int i = 0; i < runs; i++) {
                boolean applying = i % 2 == 0;
                if (applying) { // another document between: the example's own verdicts are forgotten
                    open(dock, Examples.names().stream().filter(n -> !n.equals(example)).findFirst().orElseThrow());
                    open(dock, example);
                }
                Thread.sleep(pauseMs);
                LiveVerdict v = badgeAfter(dock, () -> {
                    if (applying) {
                        dock.session().document().execute(fix.get().command());
                    } else {
                        dock.session().document().undo();
                    }
                }, ms, i);
                verdicts = i < 2 ? verdicts + (i == 0 ? "" : " / ") + v.state().name().toLowerCase() : verdicts;
            }
            if (!dock.session().document().canRedoProperty().get()) { // the last edit was a fix: undo it first
                badgeAfter(dock, dock.session().document()::undo, new double[3][1], 0);
            }
            double[][] known = new double[3][runs];
            for (int i = 0; i < runs; i++) {
                Thread.sleep(pauseMs);
                boolean redoing = i % 2 == 0;
                badgeAfter(dock, redoing ? dock.session().document()::redo : dock.session().document()::undo,
                        known, i);
            }
            System.out.printf("%-32s %13.0f %18.0f %10.0f %20.1f   %s%n", example, FxBench.percentile(ms[0], 50),
                    FxBench.percentile(ms[1], 50), FxBench.percentile(ms[2], 50),
                    FxBench.percentile(known[0], 50), verdicts);
        }
    }

    /** Runs the edit on the FX thread and waits for the layout pass that shows the badge's next verdict. */
    private static LiveVerdict badgeAfter(CheckDock dock, Runnable edit, double[][] ms, int i) throws Exception {
        LiveCheck live = dock.session().live();
        ms[0][i] = untilShown(dock, live.verdictProperty(), v -> v.check() != null, edit, () -> { }) / 1e6;
        LiveVerdict v = live.verdictProperty().get();
        ms[1][i] = v.check().result().wallTime().toNanos() / 1e6;
        ms[2][i] = ms[0][i] - ms[1][i];
        return v;
    }

    /** Presses Check and waits for the layout pass that puts the result on screen; returns the nanoseconds. */
    private static long[] time(CheckDock dock) throws Exception {
        return new long[] {untilShown(dock, dock.session().completedProperty(), c -> c != null,
                dock.session()::check, () -> { })};
    }

    /**
     * Runs action on the FX thread and returns the nanoseconds from it to the layout pass after value first
     * becomes ready, where it runs shown (on the FX thread).
     */
    private static <T> long untilShown(CheckDock dock, ObservableValue<T> value, Predicate<T> ready, Runnable action,
                                       Runnable shown) throws Exception {
        CompletableFuture<Long> done = new CompletableFuture<>();
        FxBench.onFx(() -> {
            Scene scene = dock.getScene();
            long t0 = System.nanoTime();
            ChangeListener<T> onChange = new ChangeListener<>() {
                @Override
                public void changed(ObservableValue<? extends T> o, T was, T now) {
                    if (!ready.test(now)) {
                        return;
                    }
                    value.removeListener(this);
                    Runnable[] post = new Runnable[1];
                    post[0] = () -> {
                        scene.removePostLayoutPulseListener(post[0]);
                        shown.run();
                        done.complete(System.nanoTime() - t0);
                    };
                    scene.addPostLayoutPulseListener(post[0]);
                }
            };
            value.addListener(onChange);
            action.run();
            return null;
        });
        return done.get();
    }

    /** The milliseconds of the flag {@code name} (as "--pause="), or {@code otherwise} without it. */
    private static long millis(List<String> flags, String name, long otherwise) {
        return flags.stream().filter(a -> a.startsWith(name)).findFirst()
                .map(a -> Long.parseLong(a.substring(name.length()))).orElse(otherwise);
    }
}

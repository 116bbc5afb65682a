package lifeline.ui.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import lifeline.check.CheckRequest;
import lifeline.check.Checker;
import lifeline.check.JitPolicy;
import lifeline.check.Verdict;
import lifeline.explore.Choice;
import lifeline.explore.Continuation;
import lifeline.explore.ExploreRun;
import lifeline.explore.ExploreStep;
import lifeline.explore.Explorer;
import lifeline.explore.HandViolation;
import lifeline.model.Scenario;
import lifeline.spec.CheckOptions;
import lifeline.tlc.TlcListener;
import lifeline.tlc.TlcOptions;
import lifeline.trace.KernelTrace;
import lifeline.trace.TraceState;
import lifeline.ui.document.DocumentModel;
import lifeline.ui.trace.TracePlayer;

/**
 * The user's own run through the scenario, shown in the dock's trace player: the steps every task
 * could take from the selected step, the run built from the ones picked, and what a run leads to.
 * TLC computes every state ({@link Explorer}); the player, the state panel, the backtraces and the
 * canvas show the run exactly as they show a check's trace. Confined to the FX application thread;
 * TLC works on a background thread of its own ("lifeline-explore"), so exploring never waits behind a
 * check, nor a check behind exploring. {@link #dispose()} (the window closing) interrupts that work and
 * ends every explorer's TLC child. A replay on the fixed scenario and the run before it are the
 * {@link CompareSession}'s.
 */
public final class ExploreSession {
    private final DocumentModel doc;
    private final CheckerSource checkers;
    private final UiExecutor executor;
    private final TracePlayer player;
    private final CheckSession checks;
    private final ObservableList<Choice> choices = FXCollections.observableArrayList();
    // One read-only view, made here on the FX thread: a view made per call registers a listener on choices from
    // the caller's thread, racing the FX thread's changes (JavaFX's listener list then threw a NullPointerException).
    private final ObservableList<Choice> choicesView = FXCollections.unmodifiableObservableList(choices);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper exploring = new ReadOnlyBooleanWrapper(this, "exploring");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status",
            "Explore the scenario step by step: start from its initial state, or from a step of a trace.");
    private final ReadOnlyObjectWrapper<HandViolation> violation = new ReadOnlyObjectWrapper<>(this, "violation");
    private final ReadOnlyObjectWrapper<ExploreRun> run = new ReadOnlyObjectWrapper<>(this, "run");
    private final CompareSession compare;
    private Explorer explorer;
    private final RunInPlayer inPlayer;
    private int generation;
    private int choicesFor = -1;
    private boolean disposed;

    public ExploreSession(DocumentModel doc, CheckerSource checkers, UiExecutor executor, TracePlayer player,
                          CheckSession checks) {
        this.doc = doc;
        this.checkers = checkers;
        this.executor = executor.separate("lifeline-explore");
        this.player = player;
        this.checks = checks;
        this.compare = new CompareSession(this, doc, checkers);
        this.inPlayer = new RunInPlayer(player);
        // The choices are asked for once per row shown: asked again as show() loads the player, a second
        // answer replaced the list under a pick already made in it (Take step then took nothing).
        player.selectedIndexProperty().addListener((o, a, i) -> {
            if (!inPlayer.isLoading()) {
                refreshChoices();
            }
        });
        player.traceProperty().addListener((o, a, t) -> {
            if (!inPlayer.isShown()) {
                exploring.set(false); // the player shows a check's trace now
                choices.clear();
                violation.set(null);
            }
        });
    }

    /** Explores the document's scenario from its initial state. */
    public void exploreFromStart() {
        open(doc.current(), List.of());
    }

    /**
     * Explores the player's trace from its selected step: the run is the trace up to that step, each
     * state found among the successors TLC computes. The scenario is the document's, which must be
     * the trace's own (the trace of a check that is not stale).
     */
    public void exploreFromHere() {
        KernelTrace trace = player.traceProperty().get();
        int i = player.selectedIndexProperty().get();
        if (trace == null || i < 0) {
            exploreFromStart();
            return;
        }
        if (checks.staleProperty().get()) {
            status.set("The scenario changed since this trace was found: check again, or explore from the start.");
            return;
        }
        int upTo = trace.steps().get(i).tlcState();
        List<TraceState> states = trace.folded().steps().subList(0, upTo).stream().map(s -> s.state().raw()).toList();
        open(doc.current(), states);
    }

    private void open(Scenario scenario, List<TraceState> prefix) {
        closeExplorer();
        int mine = begin("Starting TLC's explorer\u2026");
        background(() -> {
            Explorer e = null;
            try {
                Checker checker = checkers.checker();
                e = Explorer.open(scenario, scenario.properties(), checker.runner(), checker.tempRoot());
                ExploreRun r = prefix.isEmpty() ? e.start() : e.follow(prefix);
                Explorer opened = e;
                executor.ui(() -> {
                    if (mine != generation) {
                        opened.close();
                        return;
                    }
                    explorer = opened;
                    exploring.set(true);
                    show(r, r.size() - 1, "Exploring: pick the step a task takes next.");
                });
            } catch (Exception ex) {
                if (e != null) {
                    e.close();
                }
                executor.ui(() -> failed(mine, "Could not explore: " + message(ex)));
            }
        });
    }

    /** Selects the player's step that ends in the run's state at index at (0 is the initial state). */
    public void selectRunStep(int at) {
        if (exploring.get() && inPlayer.isShown()) {
            player.select(inPlayer.playerIndex(at));
        }
    }

    /** The index in the run of the state the player's selected step leads to, or -1. */
    public int selectedRunStep() {
        return exploring.get() ? inPlayer.selectedRunIndex() : -1;
    }

    /** Takes a step from the selected state; a later part of the run is kept when it is that same step. */
    public void choose(Choice c) {
        ExploreRun r = run.get();
        int i = player.selectedIndexProperty().get();
        if (r == null || !exploring.get() || busy.get() || i < 0) {
            return;
        }
        int at = inPlayer.runIndex(i);
        ExploreRun upTo = r.upTo(at + 1);
        boolean sameAsBefore = r.size() > at + 1
                && r.steps().get(at + 1).explored().text().equals(c.next().explored().text());
        show(sameAsBefore ? r : upTo.then(c.next()), at + 1, c.step().summary());
    }

    /** Runs on from the selected step with steps picked at random until every task is idle. */
    public void runOnAtRandom() {
        long seed = ThreadLocalRandom.current().nextLong();
        inBackground("Running on at random\u2026", (e, from) -> {
            ExploreRun longer = e.runOnAtRandom(from, new Random(seed));
            return () -> show(longer, longer.size() - 1, "Ran on at random for " + (longer.size() - from.size())
                    + " steps: every task is idle.");
        });
    }

    /** Checks everything reachable from the selected step; a violation extends the run to it. */
    public void continueAsCheck() {
        Scenario scenario = doc.current();
        TlcOptions options = JitPolicy.apply(new CheckRequest(scenario, CheckOptions.of(scenario.properties()),
                checks.preferencesProperty().get().tlcOptions())).tlc();
        inBackground("Checking everything reachable from this step\u2026", (e, from) -> {
            Continuation c = e.continueAsCheck(from, options, TlcListener.NONE);
            String text = c.message(from.size());
            return () -> c.run().ifPresentOrElse(longer -> show(longer, longer.size() - 1, text),
                    () -> status.set(c.check().verdict() == Verdict.PASS
                            ? "No violation is reachable from step " + from.size() + ": " + c.check().message()
                            : c.check().message()));
        });
    }

    @FunctionalInterface
    private interface Work {
        Runnable on(Explorer e, ExploreRun from) throws Exception;
    }

    private void inBackground(String what, Work work) {
        ExploreRun r = run.get();
        int i = player.selectedIndexProperty().get();
        if (r == null || explorer == null || busy.get() || i < 0) {
            return;
        }
        Explorer e = explorer;
        ExploreRun from = r.upTo(inPlayer.runIndex(i) + 1);
        int mine = generation;
        busy.set(true);
        status.set(what);
        background(() -> {
            try {
                Runnable then = work.on(e, from);
                executor.ui(() -> {
                    if (mine == generation) {
                        busy.set(false);
                        then.run();
                    }
                });
            } catch (Exception ex) {
                executor.ui(() -> failed(mine, message(ex)));
            }
        });
    }

    /** The explorer of the run shown, or null. */
    Explorer explorer() {
        return explorer;
    }

    /** Starts work that replaces what is shown: the session is busy, with this status, until it ends. */
    int begin(String what) {
        int mine = ++generation;
        busy.set(true);
        status.set(what);
        return mine;
    }

    /** Whether work begun as {@code mine} is still the latest (nothing replaced it, the window is open). */
    boolean isCurrent(int mine) {
        return mine == generation;
    }

    /** Makes e the explorer of the run shown, which {@link #show} then shows. */
    void adopt(Explorer e) {
        explorer = e;
        exploring.set(true);
    }

    /** The index in the run of the state the player's selected step leads to (0 when none is selected). */
    int selectedRunStepOrStart() {
        int i = player.selectedIndexProperty().get();
        return i < 0 ? 0 : inPlayer.runIndex(i);
    }

    /** Hands the result of background work to the FX thread. */
    void ui(Runnable r) {
        executor.ui(r);
    }

    void show(ExploreRun r, int select, String text) {
        busy.set(false);
        run.set(r);
        KernelTrace read = r.trace(explorer.naming());
        inPlayer.load(explorer.naming(), read, explorer.violation(r, read).orElse(null), select);
        status.set(text);
        refreshChoices();
    }

    /** The choices at the selected step, and the violation the run up to it shows. */
    private void refreshChoices() {
        ExploreRun r = run.get();
        int i = player.selectedIndexProperty().get();
        if (!exploring.get() || r == null || i < 0 || !inPlayer.isShown() || explorer == null) {
            return;
        }
        ExploreRun upTo = r.upTo(inPlayer.runIndex(i) + 1);
        violation.set(explorer.violation(upTo).orElse(null));
        choicesFor = -1;
        Explorer e = explorer;
        int mine = generation;
        background(() -> {
            try {
                List<Choice> next = e.choices(upTo);
                executor.ui(() -> {
                    if (mine == generation && player.selectedIndexProperty().get() == i && run.get() == r) {
                        choices.setAll(next);
                        choicesFor = i;
                    }
                });
            } catch (Exception ex) {
                executor.ui(() -> failed(mine, message(ex)));
            }
        });
    }

    void failed(int mine, String text) {
        if (mine == generation) {
            busy.set(false);
            status.set(text);
        }
    }

    /** Ends the explorer's TLC child (a new exploration, the window closing). */
    public void close() {
        generation++;
        closeExplorer();
        exploring.set(false);
        choices.clear();
    }

    /**
     * The window closes: the work under way is interrupted (a check from here stops its TLC), every explorer's
     * TLC child ends now, and nothing starts after.
     */
    public void dispose() {
        disposed = true;
        generation++;
        executor.stop();
        for (Explorer e : forgetExplorers()) {
            e.close();
        }
        exploring.set(false);
        busy.set(false);
        choices.clear();
    }

    private void closeExplorer() {
        for (Explorer e : forgetExplorers()) {
            background(e::close);
        }
    }

    /** The explorers to close: the one shown and, after a replay, the other run's; the replay goes with them. */
    private List<Explorer> forgetExplorers() {
        List<Explorer> open = new ArrayList<>();
        if (explorer != null) {
            open.add(explorer);
        }
        explorer = null;
        compare.forget().ifPresent(open::add);
        return open;
    }

    /** Work for the explorer's thread; none once disposed (an explorer opened meanwhile closes on arrival). */
    void background(Runnable work) {
        if (!disposed) {
            executor.background(work);
        }
    }

    static String message(Exception e) {
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    /** The steps the tasks could take from the selected step (none once every task is idle). */
    public ObservableList<Choice> choices() { return choicesView; }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    /** Whether the player shows an explored run (not a check's trace). */
    public ReadOnlyBooleanProperty exploringProperty() { return exploring.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    /** The property the run up to the selected step violates, with its report; null when none. */
    public ReadOnlyObjectProperty<HandViolation> violationProperty() { return violation.getReadOnlyProperty(); }
    /** After Apply fix: the run replayed on the scenario as it is now, beside the run before the fix. */
    public CompareSession compare() { return compare; }
    /** The whole run (the player may show an earlier step of it). */
    public ReadOnlyObjectProperty<ExploreRun> runProperty() { return run.getReadOnlyProperty(); }

    /** The player's step index the choices belong to; -1 while they are being computed. */
    public int choicesShownFor() {
        return choicesFor;
    }

    /** For tests: the explored state the player's selected step is. */
    Optional<ExploreStep> selected() {
        ExploreRun r = run.get();
        int i = player.selectedIndexProperty().get();
        int at = i < 0 ? -1 : inPlayer.runIndex(i);
        return r == null || at < 0 || at >= r.size() ? Optional.empty() : Optional.of(r.steps().get(at));
    }
}

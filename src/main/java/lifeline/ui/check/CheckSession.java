package lifeline.ui.check;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongSupplier;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.ObjectExpression;
import javafx.beans.binding.StringBinding;
import javafx.beans.binding.StringExpression;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import lifeline.check.AllViolations;
import lifeline.check.CheckRequest;
import lifeline.check.SmallModel;
import lifeline.check.CheckResult;
import lifeline.check.FoundViolation;
import lifeline.edit.MoveNodes;
import lifeline.fix.Fix;
import lifeline.model.Property;
import lifeline.model.Scenario;
import lifeline.spec.CheckOptions;
import lifeline.tlc.TlcEvent;
import lifeline.tlc.TlcJarNotFound;
import lifeline.tlc.TlcOptions;
import lifeline.tlc.TlcSimulation;
import lifeline.ui.document.DocumentModel;
import lifeline.ui.trace.Ticker;

/**
 * Checks the document's scenario in the background and holds what the check panel shows: the status, the
 * live numbers, the result in one line, the last finished check and which of its violations the player shows;
 * whether a check runs, the fix, every violation and whether the check is stale are bindings on these. Changed
 * only through {@link #check()}, {@link #cancel()}, {@link #applyFixAndRecheck()}, {@link #showCompleted},
 * {@link #setPreferences} and {@link #dispose()}, the violation shown through the dock's binding. Owns the
 * {@link LiveCheck} behind the verdict badge. Confined to the FX application thread; TLC's events reach it
 * through the executor.
 */
public final class CheckSession {
    private static final Duration TICK = Duration.ofMillis(100);
    static final String NOTHING_TO_CHECK = "Nothing to check: choose at least one property in the inspector.";

    private final DocumentModel doc;
    private final CheckerSource checkers;
    private final UiExecutor executor;
    private final CheckPreferencesStore store;
    private final LongSupplier nanoClock;
    private final CheckProgress progress = new CheckProgress();
    private final BooleanProperty randomRuns = new SimpleBooleanProperty(this, "randomRuns");
    private final BooleanProperty everyViolation = new SimpleBooleanProperty(this, "everyViolation");
    private final ReadOnlyObjectWrapper<CheckStatus> status = new ReadOnlyObjectWrapper<>(this, "status",
            CheckStatus.NONE);
    private final ReadOnlyStringWrapper resultText = new ReadOnlyStringWrapper(this, "resultText", "");
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(this, "headline", "");
    private final ReadOnlyObjectWrapper<CompletedCheck> completed = new ReadOnlyObjectWrapper<>(this, "completed");
    private final ReadOnlyObjectWrapper<CheckPreferences> preferences = new ReadOnlyObjectWrapper<>(this,
            "preferences");
    private final ReadOnlyLongWrapper tlcPid = new ReadOnlyLongWrapper(this, "tlcPid", -1);
    private final BooleanBinding running = status.isEqualTo(CheckStatus.RUNNING);
    private final ObjectProperty<FoundViolation> shown = new SimpleObjectProperty<>(this, "shownViolation");
    private final ObjectBinding<Fix> fix = Bindings.createObjectBinding(this::advisedFix, completed, shown);
    private final ObjectBinding<List<FoundViolation>> violations = Bindings.createObjectBinding(
            () -> completed.get() == null ? List.of() : every(completed.get().request(), completed.get().result()),
            completed);
    private final BooleanBinding stale;
    private final ObjectBinding<Set<Property>> properties;
    private final StringBinding checkBlocked;
    private final LiveCheck live;
    private CheckRun current;
    private Ticker.Ticking ticking;

    public CheckSession(DocumentModel doc, CheckerSource checkers, UiExecutor executor, CheckPreferencesStore store) {
        this(doc, checkers, executor, store, System::nanoTime);
    }

    public CheckSession(DocumentModel doc, CheckerSource checkers, UiExecutor executor, CheckPreferencesStore store,
                        LongSupplier nanoClock) {
        this.doc = doc;
        this.checkers = checkers;
        this.executor = executor;
        this.store = store;
        this.nanoClock = nanoClock;
        preferences.set(store.load());
        properties = Bindings.createObjectBinding(() -> doc.scenarioProperty().get().properties(),
                doc.scenarioProperty());
        stale = Bindings.createBooleanBinding(() -> completed.get() != null
                && !MoveNodes.onlyMoved(completed.get().request().scenario(), doc.scenarioProperty().get()),
                completed, doc.scenarioProperty());
        checkBlocked = Bindings.createStringBinding(() -> running.get() ? "A check is running."
                : properties.get().isEmpty() ? NOTHING_TO_CHECK : "", running, properties);
        live = new LiveCheck(this, checkers, executor, nanoClock);
        doc.replacementsProperty().addListener(o -> {
            forget();
            startTlcAhead();
        });
        startTlcAhead();
    }

    /**
     * Starts a TLC child for the document's next check now, in the background, so that even its first
     * check (and the first check as you edit, measured against the limit) finds TLC's JVM started and
     * SANY's code compiled on the document's model. Only where documents open with checking as you edit
     * (the default): with it off, nothing is checked until the user asks, and no JVM waits for it.
     */
    private void startTlcAhead() {
        if (!preferences.get().checkAsYouEdit()) {
            return;
        }
        CheckRequest next = request(doc.current(), false);
        executor.background(() -> {
            try {
                checkers.startAhead(next);
            } catch (TlcJarNotFound | java.io.IOException | RuntimeException e) {
                // The check itself says what is wrong.
            }
        });
    }

    /**
     * After New, Open or an example: the verdict, the trace and the fix of the last check belong to another
     * document, so they go; a check still running for it is cancelled and its end ignored.
     */
    private void forget() {
        CheckRun run = current;
        if (run != null && running.get()) {
            cancel();
            endRun();
            progress.stopped();
        }
        current = null;
        tlcPid.set(-1);
        completed.set(null);
        show(CheckStatus.NONE, "", "");
    }

    /** Checks the document's scenario as it is now; does nothing while a check runs. */
    public void check() {
        if (running.get()) {
            return;
        }
        Scenario scenario = doc.current();
        if (scenario.properties().isEmpty()) {
            show(CheckStatus.ERROR, NOTHING_TO_CHECK, "");
            return;
        }
        CheckRequest asked = request(scenario, randomRuns.get());
        CheckRequest request = everyViolation.get() && AllViolations.canCollect(asked.tlc())
                ? asked.with(AllViolations.collecting(asked.tlc())) : asked;
        String target = doc.displayName();
        CheckRun run = new CheckRun(nanoClock.getAsLong());
        current = run;
        progress.reset(request.tlc().simulation() == null ? 0 : request.tlc().simulation().walks());
        tlcPid.set(-1);
        show(CheckStatus.RUNNING, "Checking " + target + "\u2026", ""); // first: views that clear on a null
        completed.set(null);                                              // result then say "Checking"
        ticking = executor.every(TICK, () -> {
            if (current == run) {
                progress.tick(since(run));
            }
        });
        run.start(executor, checkers, target, request, new CheckRun.Listener() {
            @Override
            public void started(long pid) {
                if (current == run) {
                    tlcPid.set(pid);
                }
            }

            @Override
            public void event(TlcEvent event) {
                if (current == run && running.get()) {
                    progress.onEvent(event, since(run));
                }
            }

            @Override
            public void finished(CompletedCheck done) {
                CheckSession.this.finished(run, done);
            }

            @Override
            public void stopped(CheckStatus why, String text) {
                CheckSession.this.stopped(run, why, text);
            }
        });
    }

    /**
     * What checking the scenario asks of TLC under the preferences: every behaviour, or random runs;
     * a small model with one worker whatever the preferences say ({@link SmallModel}).
     */
    CheckRequest request(Scenario scenario, boolean random) {
        CheckPreferences prefs = preferences.get();
        TlcOptions tlc = random ? prefs.tlcOptions().withSimulation(new TlcSimulation(
                TlcSimulation.DEFAULT_DEPTH, TlcSimulation.DEFAULT_WALKS, ThreadLocalRandom.current().nextLong(1L << 48)))
                : prefs.tlcOptions();
        return SmallModel.tune(new CheckRequest(scenario, new CheckOptions(scenario.properties(), prefs.granularity()),
                tlc));
    }

    /**
     * Shows a check finished elsewhere (in the background, as the user edited) as if Check had found it: the
     * banner, the fix, the trace in the player. Does nothing while a check runs.
     */
    public void showCompleted(CompletedCheck done) {
        if (running.get()) {
            return;
        }
        current = null;
        present(done, done.result().wallTime());
    }

    /** Stops TLC at once; the result arrives as CANCELLED. */
    public void cancel() {
        if (current == null || !running.get()) {
            return;
        }
        current.cancel();
        progress.cancelling();
    }

    /**
     * Applies the advised fix ({@link #fixProperty()}: the shown violation's) as an undoable edit and checks again.
     *
     * @return whether the fix was applied
     */
    public boolean applyFixAndRecheck() {
        Fix f = fix.get();
        if (f == null || running.get()) {
            return false;
        }
        if (!doc.execute(f.command())) {
            show(CheckStatus.ERROR, "The fix could not be applied: " + doc.statusProperty().get(), "");
            return false;
        }
        check();
        return true;
    }

    /**
     * The window closes: a check and a check as you edit under way are cancelled (TLC's process tree is
     * killed), and the checkers' source ends its child started ahead, so that none outlives the window.
     */
    public void dispose() {
        cancel();
        live.dispose();
        checkers.close();
    }

    /** Uses these preferences from the next check on, and keeps them for the next session. */
    public void setPreferences(CheckPreferences prefs) {
        preferences.set(prefs);
        try {
            store.save(prefs);
        } catch (UncheckedIOException e) {
            doc.statusProperty().set("Could not save the check preferences: " + e.getCause().getMessage());
        }
    }

    private void finished(CheckRun run, CompletedCheck done) {
        if (current != run) {
            return;
        }
        endRun();
        present(done, since(run));
    }

    private void present(CompletedCheck done, Duration took) {
        CheckResult r = done.result();
        progress.finished(r, took);
        completed.set(done);
        show(statusOf(r), ResultText.of(r, violations.get().size()), ResultText.headline(r));
    }

    /** The shown violation's own fix, else the check's (its first violation's); null with none advised. */
    private Fix advisedFix() {
        if (shown.get() != null) {
            return shown.get().fix().orElse(null);
        }
        return completed.get() == null ? null : completed.get().result().fix().orElse(null);
    }

    /** Every distinct violation of a check that collected them all (TLC's -continue), else none. */
    private static List<FoundViolation> every(CheckRequest request, CheckResult result) {
        if (!request.tlc().extraArgs().contains(AllViolations.CONTINUE)) {
            return List.of();
        }
        return result.violations();
    }

    private void stopped(CheckRun run, CheckStatus why, String text) {
        if (current != run) {
            return;
        }
        endRun();
        progress.stopped();
        show(why, text, "");
    }

    private void endRun() {
        if (ticking != null) {
            ticking.stop();
            ticking = null;
        }
    }

    private void show(CheckStatus s, String text, String head) {
        status.set(s);
        resultText.set(text);
        headline.set(head);
    }

    private static CheckStatus statusOf(CheckResult r) {
        switch (r.verdict()) {
            case PASS:
                return CheckStatus.PASS;
            case VIOLATION:
                return CheckStatus.VIOLATION;
            case CANCELLED:
                return CheckStatus.CANCELLED;
            case BOUNDED:
                return CheckStatus.BOUNDED;
            default:
                return CheckStatus.ERROR;
        }
    }

    private Duration since(CheckRun run) {
        return Duration.ofNanos(nanoClock.getAsLong() - run.startedNanos());
    }

    public DocumentModel document() { return doc; }
    /** Check as you edit: the background checks behind the verdict badge. */
    public LiveCheck live() { return live; }
    public CheckProgress progress() { return progress; }
    /** Whether a check runs: the status is RUNNING. */
    public BooleanExpression runningProperty() { return running; }
    public ReadOnlyObjectProperty<CheckStatus> statusProperty() { return status.getReadOnlyProperty(); }
    /** One line in plain words: the verdict with its numbers, the error as such, or "cancelled". */
    public ReadOnlyStringProperty resultTextProperty() { return resultText.getReadOnlyProperty(); }
    /** The report's first line for a violation ("BUG: KASAN: use-after-free in remove_wait_queue"), else "". */
    public ReadOnlyStringProperty headlineProperty() { return headline.getReadOnlyProperty(); }
    /** The last finished check, or null. */
    public ReadOnlyObjectProperty<CompletedCheck> completedProperty() { return completed.getReadOnlyProperty(); }
    /**
     * The fix advised for the violation shown ({@link #shownViolationProperty()}), else for the last check's first
     * violation; null when none is advised.
     */
    public ObjectExpression<Fix> fixProperty() { return fix; }
    /**
     * Which of the last check's several violations the trace player shows, which the fix follows; null for the
     * check's own trace (its first violation) or none. The dock binds it to its player; nothing else sets it.
     */
    public ObjectProperty<FoundViolation> shownViolationProperty() { return shown; }
    /** Whether the scenario changed since the last finished check. */
    public BooleanExpression staleProperty() { return stale; }
    /** The properties Check will check: the scenario's own selection. */
    public ObjectExpression<Set<Property>> propertiesProperty() { return properties; }
    public ReadOnlyObjectProperty<CheckPreferences> preferencesProperty() { return preferences.getReadOnlyProperty(); }
    /** Why Check cannot start now (a check runs, no property is chosen), or "" when it can. */
    public StringExpression checkBlockedProperty() { return checkBlocked; }
    /** Whether Check collects every distinct violation (TLC goes on after the first), not just the first. */
    public BooleanProperty everyViolationProperty() { return everyViolation; }
    /** The distinct violations of the last check, if it collected them all; empty otherwise (a binding on it). */
    public ObjectExpression<List<FoundViolation>> violationsProperty() { return violations; }
    /** Whether Check makes random runs (TLC's simulation) instead of checking every behaviour. */
    public BooleanProperty randomRunsProperty() { return randomRuns; }
    /** The pid of the running (or last) TLC process, -1 before TLC started. */
    public ReadOnlyLongProperty tlcPidProperty() { return tlcPid.getReadOnlyProperty(); }
}

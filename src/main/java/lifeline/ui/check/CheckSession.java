package lifeline.ui.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.binding.StringExpression;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import lifeline.check.CheckRequest;
import lifeline.check.CheckResult;
import lifeline.check.Checker;
import lifeline.check.JitPolicy;
import lifeline.edit.MoveNodes;
import lifeline.fix.Fix;
import lifeline.model.Property;
import lifeline.model.Scenario;
import lifeline.model.ValidationException;
import lifeline.spec.CheckOptions;
import lifeline.tlc.TlcEvent;
import lifeline.tlc.TlcJarNotFound;
import lifeline.tlc.TlcOptions;
import lifeline.tlc.TlcSimulation;
import lifeline.ui.document.DocumentModel;
import lifeline.ui.trace.Ticker;

/**
 * Checks the document's scenario in the background and holds what the check panel shows: running,
 * the live numbers, the result in one line, the fix. Changed only through {@link #check()},
 * {@link #cancel()}, {@link #applyFixAndRecheck()} and {@link #setPreferences}. Confined to the FX
 * application thread; TLC's events reach it through the executor.
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
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyObjectWrapper<CheckStatus> status = new ReadOnlyObjectWrapper<>(this, "status",
            CheckStatus.NONE);
    private final ReadOnlyStringWrapper resultText = new ReadOnlyStringWrapper(this, "resultText", "");
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(this, "headline", "");
    private final ReadOnlyObjectWrapper<CompletedCheck> completed = new ReadOnlyObjectWrapper<>(this, "completed");
    private final ReadOnlyObjectWrapper<Fix> fix = new ReadOnlyObjectWrapper<>(this, "fix");
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale");
    private final ReadOnlyObjectWrapper<Set<Property>> properties = new ReadOnlyObjectWrapper<>(this, "properties");
    private final ReadOnlyObjectWrapper<CheckPreferences> preferences = new ReadOnlyObjectWrapper<>(this,
            "preferences");
    private final ReadOnlyLongWrapper tlcPid = new ReadOnlyLongWrapper(this, "tlcPid", -1);
    private final StringBinding checkBlocked;
    private Run current;
    private Ticker.Ticking ticking;

    /** One check under way; the fields cross from the FX thread to the check thread. */
    private static final class Run {
        final long started;
        final AtomicReference<Checker.Check> check = new AtomicReference<>();
        volatile boolean cancelled;

        Run(long started) {
            this.started = started;
        }
    }

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
        properties.set(doc.current().properties());
        checkBlocked = Bindings.createStringBinding(() -> running.get() ? "A check is running."
                : properties.get().isEmpty() ? NOTHING_TO_CHECK : "", running, properties);
        doc.scenarioProperty().addListener((o, was, now) -> {
            properties.set(now.properties());
            CompletedCheck c = completed.get();
            stale.set(c != null && !MoveNodes.onlyMoved(c.request().scenario(), now));
        });
        doc.replacementsProperty().addListener(o -> forget());
    }

    /**
     * After New, Open or an example: the verdict, the trace and the fix of the last check belong to another
     * document, so they go; a check still running for it is cancelled and its end ignored.
     */
    private void forget() {
        Run run = current;
        if (run != null && running.get()) {
            cancel();
            endRun();
            progress.stopped();
        }
        current = null;
        tlcPid.set(-1);
        completed.set(null);
        fix.set(null);
        stale.set(false);
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
        CheckPreferences prefs = preferences.get();
        TlcOptions tlc = randomRuns.get() ? prefs.tlcOptions().withSimulation(new TlcSimulation(
                TlcSimulation.DEFAULT_DEPTH, TlcSimulation.DEFAULT_WALKS, ThreadLocalRandom.current().nextLong(1L << 48)))
                : prefs.tlcOptions();
        CheckRequest request = JitPolicy.apply(new CheckRequest(scenario,
                new CheckOptions(scenario.properties(), prefs.granularity()), tlc));
        String target = doc.displayName();
        Run run = new Run(nanoClock.getAsLong());
        current = run;
        progress.reset();
        tlcPid.set(-1);
        running.set(true); // first: the views that clear on a null result then say "Checking"
        completed.set(null);
        fix.set(null);
        stale.set(false);
        show(CheckStatus.RUNNING, "Checking " + target + "\u2026", "");
        ticking = executor.every(TICK, () -> {
            if (current == run) {
                progress.tick(since(run));
            }
        });
        executor.background(() -> runCheck(run, target, request));
    }

    /** On the check thread: starts TLC, hands its events and its result to the UI thread. */
    private void runCheck(Run run, String target, CheckRequest request) {
        if (run.cancelled) {
            executor.ui(() -> stopped(run, CheckStatus.CANCELLED, "Cancelled before TLC started."));
            return;
        }
        Checker.Check check;
        try {
            check = checkers.checker().start(request, event -> {
                if (CheckProgress.wanted(event)) {
                    executor.ui(() -> onEvent(run, event));
                }
            });
        } catch (ValidationException e) {
            executor.ui(() -> stopped(run, CheckStatus.ERROR, "The scenario cannot be checked: " + e.getMessage()));
            return;
        } catch (TlcJarNotFound e) {
            executor.ui(() -> stopped(run, CheckStatus.ERROR, e.getMessage()));
            return;
        } catch (IOException | UncheckedIOException e) {
            executor.ui(() -> stopped(run, CheckStatus.ERROR, "Could not write the model for TLC: " + e.getMessage()));
            return;
        } catch (RuntimeException e) {
            executor.ui(() -> stopped(run, CheckStatus.ERROR, "The check failed to start: " + e));
            return;
        }
        run.check.set(check);
        executor.ui(() -> started(run, check.pid()));
        if (run.cancelled) {
            check.cancel();
        }
        try {
            CheckResult result = check.await();
            executor.ui(() -> finished(run, new CompletedCheck(target, request, result)));
        } catch (InterruptedException e) {
            check.cancel();
            Thread.currentThread().interrupt();
            executor.ui(() -> stopped(run, CheckStatus.CANCELLED, "The check was cancelled."));
        } catch (RuntimeException e) {
            executor.ui(() -> stopped(run, CheckStatus.ERROR, "The check failed: " + e));
        }
    }

    /** Stops TLC at once; the result arrives as CANCELLED. */
    public void cancel() {
        Run run = current;
        if (run == null || !running.get()) {
            return;
        }
        run.cancelled = true;
        Checker.Check check = run.check.get();
        if (check != null) {
            check.cancel();
        }
        progress.cancelling();
    }

    /**
     * Applies the advised fix as an undoable edit and checks again.
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

    /** Uses these preferences from the next check on, and keeps them for the next session. */
    public void setPreferences(CheckPreferences prefs) {
        preferences.set(prefs);
        try {
            store.save(prefs);
        } catch (UncheckedIOException e) {
            doc.statusProperty().set("Could not save the check preferences: " + e.getCause().getMessage());
        }
    }

    private void onEvent(Run run, TlcEvent event) {
        if (current == run && running.get()) {
            progress.onEvent(event, since(run));
        }
    }

    private void started(Run run, long pid) {
        if (current == run) {
            tlcPid.set(pid);
        }
    }

    private void finished(Run run, CompletedCheck done) {
        if (current != run) {
            return;
        }
        endRun();
        CheckResult r = done.result();
        progress.finished(r, since(run));
        completed.set(done);
        stale.set(!MoveNodes.onlyMoved(done.request().scenario(), doc.current()));
        fix.set(r.fix().orElse(null));
        show(statusOf(r), ResultText.of(r), ResultText.headline(r));
    }

    private void stopped(Run run, CheckStatus why, String text) {
        if (current != run) {
            return;
        }
        endRun();
        progress.stopped();
        show(why, text, "");
    }

    private void endRun() {
        running.set(false);
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

    private Duration since(Run run) {
        return Duration.ofNanos(nanoClock.getAsLong() - run.started);
    }

    public DocumentModel document() { return doc; }
    public CheckProgress progress() { return progress; }
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<CheckStatus> statusProperty() { return status.getReadOnlyProperty(); }
    /** One line in plain words: the verdict with its numbers, the error as such, or "cancelled". */
    public ReadOnlyStringProperty resultTextProperty() { return resultText.getReadOnlyProperty(); }
    /** The report's first line for a violation ("BUG: KASAN: use-after-free in remove_wait_queue"), else "". */
    public ReadOnlyStringProperty headlineProperty() { return headline.getReadOnlyProperty(); }
    /** The last finished check, or null. */
    public ReadOnlyObjectProperty<CompletedCheck> completedProperty() { return completed.getReadOnlyProperty(); }
    /** The fix advised for the last violation, or null. */
    public ReadOnlyObjectProperty<Fix> fixProperty() { return fix.getReadOnlyProperty(); }
    /** Whether the scenario changed since the last finished check. */
    public ReadOnlyBooleanProperty staleProperty() { return stale.getReadOnlyProperty(); }
    /** The properties Check will check: the scenario's own selection. */
    public ReadOnlyObjectProperty<Set<Property>> propertiesProperty() { return properties.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<CheckPreferences> preferencesProperty() { return preferences.getReadOnlyProperty(); }
    /** Why Check cannot start now (a check runs, no property is chosen), or "" when it can. */
    public StringExpression checkBlockedProperty() { return checkBlocked; }
    /** Whether Check makes random runs (TLC's simulation) instead of checking every behaviour. */
    public BooleanProperty randomRunsProperty() { return randomRuns; }
    /** The pid of the running (or last) TLC process, -1 before TLC started. */
    public ReadOnlyLongProperty tlcPidProperty() { return tlcPid.getReadOnlyProperty(); }
}

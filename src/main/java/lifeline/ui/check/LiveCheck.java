package lifeline.ui.check;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import lifeline.edit.MoveNodes;
import lifeline.model.Problem;
import lifeline.model.Scenario;
import lifeline.ui.document.DocumentModel;
import lifeline.ui.trace.Ticker;

/**
 * Check as you edit: every edit of the scenario checks it again in the background (after a short pause, so
 * that quick edits make one check), cancelling the check it replaces, and the verdict goes to the badge on
 * the canvas. A check taking longer than the limit in the preferences is cancelled and turns checking as you
 * edit off for the scenario, saying so; the user turns it on again. Opening another document turns it on, or
 * off when the preferences say so (Check preferences, "Check as you edit when a document opens").
 *
 * <p>How it relates to Check: the badge is the verdict of the scenario as drawn. An explicit Check behaves as
 * before (a live check under way is cancelled, edits wait until Check ends) and its result, while it belongs
 * to the drawing, is the badge's too. A click on the badge shows a background verdict in the check panel and
 * its trace in the player, as if Check had found it. Moving cards changes no verdict and checks nothing, and an
 * edit back to a drawing checked before (Undo, Redo) shows that check's verdict at once ({@link KnownVerdicts}).
 * Confined to the FX application thread.
 */
public final class LiveCheck {
    /**
     * Edits closer together than this make one check. Every edit is one command (a gesture's several changes
     * arrive together, moves check nothing), so only a held key repeats edits, 25 to 40 ms apart: this gathers
     * those, and an edit on its own waits no longer than that for its check (it waited 150 ms).
     */
    static final Duration DEBOUNCE = Duration.ofMillis(50);
    private static final Duration WATCH = Duration.ofMillis(50);

    private final CheckSession session;
    private final DocumentModel doc;
    private final CheckerSource checkers;
    private final UiExecutor executor;
    private final LongSupplier nanoClock;
    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled");
    private final ReadOnlyObjectWrapper<LiveVerdict> verdict = new ReadOnlyObjectWrapper<>(this, "verdict",
            LiveVerdict.NONE);
    private final KnownVerdicts known = new KnownVerdicts();
    private CheckRun current;
    private Ticker.Ticking pause;
    private Ticker.Ticking watch;
    /** Another document is being opened: turning checking as you edit on checks nothing yet. */
    private boolean opening;

    LiveCheck(CheckSession session, CheckerSource checkers, UiExecutor executor, LongSupplier nanoClock) {
        this.session = session;
        this.doc = session.document();
        this.checkers = checkers;
        this.executor = executor;
        this.nanoClock = nanoClock;
        doc.scenarioProperty().addListener((o, was, now) -> changed(was, now));
        enabled.addListener((o, was, on) -> {
            if (on && !opening) {
                edited();
            } else if (!on) {
                stop();
                verdict.set(off());
            }
        });
        opened();
        session.preferencesProperty().addListener((o, was, now) -> {
            if (was.checkAsYouEdit() != now.checkAsYouEdit()) {
                enabled.set(now.checkAsYouEdit());
            }
        });
        // Check replaces a live check under way; an edit during Check, or a cancelled Check, leaves the badge
        // checking, and the live check runs when Check ends.
        session.runningProperty().addListener((o, was, running) -> {
            if (running) {
                stop();
            } else if (verdict.get().state() == LiveVerdict.State.CHECKING) {
                edited();
            }
        });
        session.completedProperty().addListener((o, was, done) -> explicitCheckDone(done));
    }

    private void changed(Scenario was, Scenario now) {
        if (!doc.canUndoProperty().get() && !doc.canRedoProperty().get()) {
            stop();
            opened();
            return;
        }
        if (was != null && MoveNodes.onlyMoved(was, now)) {
            return;
        }
        edited();
    }

    /** Another document (New, Open, an example): checking as you edit on as preferred, nothing checked yet. */
    private void opened() {
        boolean on = session.preferencesProperty().get().checkAsYouEdit();
        known.forget();
        opening = true;
        try {
            enabled.set(on);
        } finally {
            opening = false;
        }
        verdict.set(on ? LiveVerdict.NONE : off());
    }

    private static LiveVerdict off() {
        return LiveVerdict.of(LiveVerdict.State.OFF, "Check as you edit: off",
                "Turn it on in the check panel to check every edit in the background.");
    }

    /** The scenario changed (or checking as you edit was turned on): checks it after the pause. */
    private void edited() {
        if (!enabled.get()) {
            return;
        }
        stop();
        List<Problem> problems = doc.problemsProperty().get();
        if (!problems.isEmpty()) {
            verdict.set(LiveVerdict.of(LiveVerdict.State.INVALID, "Not checked: " + (problems.size() == 1
                    ? "1 problem" : problems.size() + " problems"), problems.get(0).where() + ": "
                    + problems.get(0).message() + (problems.size() > 1 ? " (and more in the inspector)" : "")));
            return;
        }
        if (doc.current().properties().isEmpty()) {
            verdict.set(LiveVerdict.of(LiveVerdict.State.INVALID, "Not checked: no property",
                    CheckSession.NOTHING_TO_CHECK));
            return;
        }
        Optional<CompletedCheck> before = known.of(session.request(doc.current(), false));
        if (before.isPresent()) {
            verdict.set(LiveVerdict.known(before.get()));
            return;
        }
        verdict.set(LiveVerdict.of(LiveVerdict.State.CHECKING, "Checking\u2026",
                "Checking the scenario as drawn in the background."));
        if (!session.runningProperty().get()) {
            pause = executor.every(DEBOUNCE, this::start);
        }
    }

    /** After the pause: one check of the scenario as it is now, watched against the limit. */
    private void start() {
        stopPause();
        Scenario scenario = doc.current();
        Duration limit = session.preferencesProperty().get().liveLimit();
        CheckRun run = new CheckRun(nanoClock.getAsLong());
        current = run;
        watch = executor.every(WATCH, () -> {
            if (current == run && elapsed(run).compareTo(limit) > 0) {
                tooBig(limit);
            }
        });
        run.start(executor, checkers, doc.displayName(), session.request(scenario, false), new CheckRun.Listener() {
            @Override
            public void finished(CompletedCheck done) {
                if (current != run) {
                    return;
                }
                stop();
                if (done.result().wallTime().compareTo(limit) > 0) {
                    tooBig(limit);
                } else {
                    known.remember(done);
                    verdict.set(LiveVerdict.of(done));
                }
            }

            @Override
            public void stopped(CheckStatus why, String text) {
                if (current == run) {
                    stop();
                    verdict.set(LiveVerdict.of(LiveVerdict.State.ERROR, "Check failed", text));
                }
            }
        });
    }

    /**
     * Check's own result is the badge's while it belongs to the drawing; a slow one turns this off, if it is
     * the check the badge makes: random runs, or every violation (TLC going on through the whole state space),
     * say nothing of how long that one takes.
     */
    private void explicitCheckDone(CompletedCheck done) {
        if (done == null || !MoveNodes.onlyMoved(done.request().scenario(), doc.current())) {
            return;
        }
        Duration limit = session.preferencesProperty().get().liveLimit();
        boolean likeTheBadges = done.request().equals(session.request(done.request().scenario(), false));
        if (enabled.get() && likeTheBadges && done.result().wallTime().compareTo(limit) > 0) {
            tooBig(limit);
        } else if (enabled.get()) {
            if (likeTheBadges) {
                known.remember(done);
            }
            verdict.set(LiveVerdict.of(done));
        }
    }

    private void tooBig(Duration limit) {
        stop();
        String why = String.format("Check as you edit is off for this scenario: its check takes longer than %.1f s "
                + "(the limit in Check preferences). Press Check, or turn it on again.", limit.toMillis() / 1000.0);
        enabled.set(false);
        verdict.set(LiveVerdict.of(LiveVerdict.State.TOO_BIG, "Too big to check as you edit", why));
        doc.statusProperty().set(why);
    }

    /** Cancels the pause and the check under way, if any: TLC's process tree is killed. */
    private void stop() {
        stopPause();
        if (watch != null) {
            watch.stop();
            watch = null;
        }
        if (current != null) {
            current.cancel();
            current = null;
        }
    }

    /** The window closes: the pause and the check under way end, and no edit checks again. */
    void dispose() {
        enabled.set(false);
        stop();
    }

    private void stopPause() {
        if (pause != null) {
            pause.stop();
            pause = null;
        }
    }

    private Duration elapsed(CheckRun run) {
        return Duration.ofNanos(nanoClock.getAsLong() - run.startedNanos());
    }

    /** Whether every edit is checked in the background; on by default, off by the user or the limit. */
    public BooleanProperty enabledProperty() { return enabled; }

    /** What the badge shows. */
    public ReadOnlyObjectProperty<LiveVerdict> verdictProperty() { return verdict.getReadOnlyProperty(); }

    /** Shows the badge's finished check in the check panel and its trace in the player; whether there was one. */
    public boolean openTrace() {
        return verdict.get().trace().map(c -> {
            if (session.completedProperty().get() != c) {
                session.showCompleted(c);
            }
            return !session.runningProperty().get();
        }).orElse(false);
    }
}

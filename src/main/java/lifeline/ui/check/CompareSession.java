package lifeline.ui.check;

import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import lifeline.check.Checker;
import lifeline.explore.ExploreRun;
import lifeline.explore.Explorer;
import lifeline.explore.Replay;
import lifeline.model.Scenario;
import lifeline.ui.document.DocumentModel;

/**
 * After Apply fix, the user's run replayed on the scenario as it is now beside the run before the fix: both
 * runs, where they part, and which of them the player shows (the Compare tab's state). The run the player shows
 * and its explorer are the {@link ExploreSession}'s, which does the work on its thread; this keeps the other run
 * and its explorer, to switch to. Confined to the FX application thread.
 */
public final class CompareSession {
    private final ExploreSession explore;
    private final DocumentModel doc;
    private final CheckerSource checkers;
    private final ReadOnlyObjectWrapper<Replay> replay = new ReadOnlyObjectWrapper<>(this, "replay");
    private final ReadOnlyBooleanWrapper showingOriginal = new ReadOnlyBooleanWrapper(this, "showingOriginal");
    private Explorer other; // the explorer of the run the player does not show
    private ExploreRun otherRun; // and that run

    CompareSession(ExploreSession explore, DocumentModel doc, CheckerSource checkers) {
        this.explore = explore;
        this.doc = doc;
        this.checkers = checkers;
    }

    /**
     * Replays the run's choices on the document's scenario as it is now (the fixed twin after Apply
     * fix): the same task moves at each step; the status says where the two runs part.
     */
    public void replayOnCurrentScenario() {
        ExploreRun original = explore.runProperty().get();
        Explorer before = explore.explorer();
        if (original == null || before == null || explore.busyProperty().get()) {
            return;
        }
        Scenario scenario = doc.current();
        int mine = explore.begin("Replaying the run's choices on the scenario as it is now\u2026");
        explore.background(() -> {
            try {
                Checker checker = checkers.checker();
                Explorer e = Explorer.open(scenario, scenario.properties(), checker.runner(), checker.tempRoot());
                Replay r;
                try {
                    r = Replay.of(original, before, e);
                } catch (Exception ex) {
                    e.close();
                    throw ex;
                }
                explore.ui(() -> replayed(mine, e, r, before));
            } catch (Exception ex) {
                explore.ui(() -> explore.failed(mine, "Could not replay: " + ExploreSession.message(ex)));
            }
        });
    }

    /** Shows the replay r (its explorer e) where the runs part; keeps the run before the fix to switch to. */
    private void replayed(int mine, Explorer e, Replay r, Explorer before) {
        if (!explore.isCurrent(mine)) {
            e.close();
            return;
        }
        Explorer stale = other;
        explore.adopt(e);
        other = before; // kept: "Show the bug run" goes back to it
        otherRun = r.original();
        if (stale != null && stale != before) {
            explore.background(stale::close);
        }
        showingOriginal.set(false);
        replay.set(r);
        int at = r.partsAt() < 0 ? r.run().size() - 1 : Math.min(r.partsAt(), r.run().size() - 1);
        explore.show(r.run(), at, ReplayText.of(r));
    }

    /**
     * After a replay: shows the other of the two runs (the run before the fix, or back to the replayed one) at the
     * same step, to explore on from there.
     */
    public void showOtherRun() {
        ExploreRun shownRun = explore.runProperty().get();
        if (other == null || explore.busyProperty().get() || shownRun == null) {
            return;
        }
        int at = explore.selectedRunStepOrStart();
        Explorer shown = explore.explorer();
        explore.adopt(other);
        other = shown;
        ExploreRun next = otherRun;
        otherRun = shownRun;
        showingOriginal.set(!showingOriginal.get());
        explore.show(next, Math.min(at, next.size() - 1), showingOriginal.get()
                ? "The run before the fix. Show the fixed run to go back to the replay."
                : ReplayText.of(replay.get()));
    }

    /** Forgets both runs (a new exploration, the window closing); the explorer of the run not shown, to close. */
    Optional<Explorer> forget() {
        Optional<Explorer> e = Optional.ofNullable(other);
        other = null;
        otherRun = null;
        replay.set(null);
        showingOriginal.set(false);
        return e;
    }

    /** The last replay of a run on the scenario as it is now (after Apply fix), or null. */
    public ReadOnlyObjectProperty<Replay> replayProperty() { return replay.getReadOnlyProperty(); }
    /** After a replay: whether the player shows the run before the fix (not the replayed run). */
    public ReadOnlyBooleanProperty showingOriginalProperty() { return showingOriginal.getReadOnlyProperty(); }
}

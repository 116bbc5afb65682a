package lifeline.ui.check;

import java.time.Duration;
import java.util.Locale;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import lifeline.check.CheckResult;
import lifeline.tlc.TlcEvent;

/**
 * The live numbers of the running check: what TLC last reported (twice a second, through
 * Lifeline's launcher in the TLC JVM), the rate of new distinct states and the time since Check. Confined to the FX application thread.
 */
public final class CheckProgress {
    /** A number this kind of check does not count (random runs: distinct states, queue, depth). */
    public static final long NOT_COUNTED = -1;
    private final ReadOnlyLongWrapper statesGenerated = new ReadOnlyLongWrapper(this, "statesGenerated");
    private final ReadOnlyLongWrapper distinctStates = new ReadOnlyLongWrapper(this, "distinctStates");
    private final ReadOnlyLongWrapper queueSize = new ReadOnlyLongWrapper(this, "queueSize");
    private final ReadOnlyIntegerWrapper depth = new ReadOnlyIntegerWrapper(this, "depth");
    private final ReadOnlyDoubleWrapper rate = new ReadOnlyDoubleWrapper(this, "rate");
    private final ReadOnlyObjectWrapper<Duration> elapsed = new ReadOnlyObjectWrapper<>(this, "elapsed", Duration.ZERO);
    private final ReadOnlyStringWrapper phase = new ReadOnlyStringWrapper(this, "phase", "");
    private Duration exploringSince;
    private long walks;

    /**
     * A new check begins; random runs ({@code walks} of them, 0 for model checking) count no distinct states,
     * queue or depth ({@link #NOT_COUNTED}).
     */
    void reset(long walks) {
        this.walks = walks;
        long none = walks > 0 ? NOT_COUNTED : 0;
        statesGenerated.set(0);
        distinctStates.set(none);
        queueSize.set(none);
        depth.set((int) none);
        rate.set(0);
        elapsed.set(Duration.ZERO);
        phase.set("Generating the model");
        exploringSince = null;
    }

    void tick(Duration sinceCheck) {
        elapsed.set(sinceCheck);
    }

    void onEvent(TlcEvent event, Duration sinceCheck) {
        elapsed.set(sinceCheck);
        if (event instanceof TlcEvent.Started) {
            phase.set("TLC started: parsing the model");
        } else if (event instanceof TlcEvent.InitialStates) {
            distinctStates.set(((TlcEvent.InitialStates) event).distinctStates());
            exploringSince = sinceCheck;
            phase.set("Exploring states");
        } else if (event instanceof TlcEvent.Progress) {
            TlcEvent.Progress p = (TlcEvent.Progress) event;
            statesGenerated.set(p.statesGenerated());
            distinctStates.set(p.distinctStates());
            queueSize.set(p.queueSize());
            depth.set(p.depth());
            rate.set(perSecond(p.distinctStates(), exploringSince == null ? sinceCheck
                    : sinceCheck.minus(exploringSince)));
            phase.set("Exploring states");
        } else if (event instanceof TlcEvent.WalkProgress w) {
            statesGenerated.set(w.statesChecked());
            phase.set("Random runs");
        } else if (event instanceof TlcEvent.LiveWalkProgress w) {
            statesGenerated.set(w.statesChecked());
            phase.set(String.format(Locale.US, "Random runs: %,d of %,d done", w.walksDone(), walks));
        } else if (event instanceof TlcEvent.LiveProgress p) {
            statesGenerated.set(p.statesGenerated());
            distinctStates.set(p.distinctStates());
            queueSize.set(p.queueSize());
            depth.set(p.depth());
            rate.set(p.distinctPerSecond());
            phase.set("Exploring states");
        } else if (event instanceof TlcEvent.Violation || event instanceof TlcEvent.TraceStart) {
            phase.set("Violation found: reading the trace");
        } else if (event instanceof TlcEvent.Finished) {
            phase.set("Mapping the result");
        }
    }

    /** Whether the UI needs this event: the others stay on TLC's reader thread. */
    static boolean wanted(TlcEvent e) {
        return e instanceof TlcEvent.Started || e instanceof TlcEvent.InitialStates || e instanceof TlcEvent.Progress
                || e instanceof TlcEvent.WalkProgress || e instanceof TlcEvent.LiveWalkProgress
                || e instanceof TlcEvent.LiveProgress || e instanceof TlcEvent.Violation
                || e instanceof TlcEvent.TraceStart || e instanceof TlcEvent.Finished;
    }

    /** The final numbers; the rate is over TLC's own run time, start-up included, for lack of better. */
    void finished(CheckResult r, Duration sinceCheck) {
        r.statistics().ifPresent(s -> {
            statesGenerated.set(s.statesGenerated());
            distinctStates.set(s.distinctStates());
            queueSize.set(s.statesLeftOnQueue());
            depth.set(Math.max(0, s.depth()));
            rate.set(perSecond(s.distinctStates(), r.tlcTime()));
        });
        elapsed.set(sinceCheck);
        phase.set("");
    }

    void cancelling() {
        phase.set("Cancelling");
    }

    void stopped() {
        phase.set("");
    }

    private static double perSecond(long n, Duration d) {
        double s = d.toNanos() / 1e9;
        return s <= 0 ? 0 : n / s;
    }

    public ReadOnlyLongProperty statesGeneratedProperty() { return statesGenerated.getReadOnlyProperty(); }
    public ReadOnlyLongProperty distinctStatesProperty() { return distinctStates.getReadOnlyProperty(); }
    public ReadOnlyLongProperty queueSizeProperty() { return queueSize.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty depthProperty() { return depth.getReadOnlyProperty(); }
    /** New distinct states per second: over the last half second while TLC runs, over the whole run after. */
    public ReadOnlyDoubleProperty rateProperty() { return rate.getReadOnlyProperty(); }
    /** Time since Check; ticks while the check runs, the whole check's wall time after. */
    public ReadOnlyObjectProperty<Duration> elapsedProperty() { return elapsed.getReadOnlyProperty(); }
    /** What the check is doing now, in words; empty when it is not running. */
    public ReadOnlyStringProperty phaseProperty() { return phase.getReadOnlyProperty(); }
}

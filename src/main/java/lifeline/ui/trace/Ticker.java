package lifeline.ui.trace;

import java.time.Duration;

/** Calls an action on the UI thread at a fixed period: what playing a trace needs from a clock. */
@FunctionalInterface
public interface Ticker {
    /** Starts calling action every period; the returned handle stops it. */
    Ticking every(Duration period, Runnable action);

    /** A running ticker. */
    @FunctionalInterface
    interface Ticking {
        void stop();
    }
}

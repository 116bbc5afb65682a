package lifeline.ui.canvas;

import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;

/**
 * When the lines are routed around the cards after the drawing changes. A drawing that routes within a frame's
 * budget is routed in the pulse of the change, after the cards are laid out and before the frame is drawn, so no
 * frame shows a line through a card (a drag's frames included). A larger one is routed once the drawing has been
 * still for {@link #ROUTE_AFTER}, not in every frame of a drag: the larger scenario of issue 10 takes about
 * 16 ms, a 200-card drawing 144 ms (RouteBenchmark), which would stall each frame. Confined to the FX
 * application thread.
 */
final class RouteScheduler {
    /** How long a large drawing must be still before its lines are routed. */
    static final Duration ROUTE_AFTER = Duration.millis(120);
    /**
     * Half of a 60 Hz frame: the rest is for the layout and the rendering of the same frame (a drag frame of the
     * whole window renders in about 10 ms of CPU).
     */
    static final long FRAME_BUDGET_NANOS = 8_000_000;
    /**
     * A drawing of up to this many cards is always routed in the pulse of its change: the seed examples (3 to 6
     * cards) route in under a millisecond, so one slow routing on a busy machine does not make them wait.
     */
    static final int ALWAYS_AT_ONCE_CARDS = 12;

    private final Runnable route;
    private final PauseTransition later = new PauseTransition(ROUTE_AFTER);
    private boolean inThisPulse;
    private long lastNanos;

    /** route routes every line around the cards where they are now. */
    RouteScheduler(Runnable route) {
        this.route = route;
        later.setOnFinished(e -> routeNow());
    }

    /**
     * The drawing changed (cards moved, added or gone, lines changed): route in this pulse when the drawing is
     * small or its last routing fitted in a frame's budget, else once it has been still for a while.
     */
    void changed(int cards) {
        if (cards <= ALWAYS_AT_ONCE_CARDS || lastNanos <= FRAME_BUDGET_NANOS) {
            inThisPulse = true;
            Platform.requestNextPulse();
        } else {
            inThisPulse = false;
            later.playFromStart();
        }
    }

    /** Once per pulse after the layout, so that cards added or resized in this pulse are measured. */
    void afterLayout() {
        if (inThisPulse) {
            routeNow();
        }
    }

    /** Routes at once if a routing is due (an image of the drawing is about to be taken). */
    void flush() {
        if (inThisPulse || later.getStatus() == Animation.Status.RUNNING) {
            routeNow();
        }
    }

    /** The last automatic layout's routes hold: nothing to route. */
    void cancel() {
        inThisPulse = false;
        later.stop();
    }

    private void routeNow() {
        cancel();
        long t0 = System.nanoTime();
        route.run();
        lastNanos = System.nanoTime() - t0;
    }
}

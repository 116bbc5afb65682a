package lifeline.ui.trace;

import java.time.Duration;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

/**
 * Playing a trace: steps the player's selection forward on a ticker at a speed, and stops at the last row.
 * Which rows there are is the player's business; this only moves through them. Confined to the FX thread.
 */
public final class Playback {
    public static final double MIN_SPEED = 0.25;
    public static final double MAX_SPEED = 16;
    public static final double DEFAULT_SPEED = 2;

    private final TracePlayer player;
    private final Ticker ticker;
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final ReadOnlyDoubleWrapper speed = new ReadOnlyDoubleWrapper(this, "speed", DEFAULT_SPEED);
    private Ticker.Ticking ticking;

    Playback(TracePlayer player, Ticker ticker) {
        this.player = player;
        this.ticker = ticker;
    }

    /** Steps forward at the current speed and stops at the last step; from the last step, starts over. */
    public void play() {
        if (playing.get() || player.size() < 2) {
            return;
        }
        if (atLast()) {
            player.first();
        }
        playing.set(true);
        startTicking();
    }

    public void pause() {
        playing.set(false);
        if (ticking != null) {
            ticking.stop();
            ticking = null;
        }
    }

    public void togglePlay() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    /** Steps per second while playing, clamped to [MIN_SPEED, MAX_SPEED]. */
    public void setSpeed(double stepsPerSecond) {
        double s = Math.max(MIN_SPEED, Math.min(MAX_SPEED, stepsPerSecond));
        if (s == speed.get()) {
            return;
        }
        speed.set(s);
        if (playing.get()) {
            ticking.stop();
            startTicking();
        }
    }

    private void startTicking() {
        ticking = ticker.every(Duration.ofMillis(Math.round(1000 / speed.get())), this::advance);
    }

    private void advance() {
        player.next();
        if (atLast()) {
            pause();
        }
    }

    private boolean atLast() {
        return player.selectedIndexProperty().get() >= player.size() - 1;
    }

    public ReadOnlyBooleanProperty playingProperty() { return playing.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty speedProperty() { return speed.getReadOnlyProperty(); }
}

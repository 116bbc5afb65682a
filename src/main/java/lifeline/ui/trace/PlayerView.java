package lifeline.ui.trace;

/** A view of the player that a container can tell when it is on screen, so that hidden views do no work. */
public interface PlayerView {
    /** Shown views follow every step; hidden ones catch up when shown again. Views start shown. */
    void setShowing(boolean showing);
}

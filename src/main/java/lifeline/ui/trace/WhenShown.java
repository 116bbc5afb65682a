package lifeline.ui.trace;

/**
 * Defers a view's refresh while the view is not shown (a background tab): stepping costs only
 * what is on screen, and a view brought forward catches up once.
 */
final class WhenShown {
    private final Runnable refresh;
    private boolean showing = true;
    private boolean stale;

    WhenShown(Runnable refresh) {
        this.refresh = refresh;
    }

    /** The view's content is out of date: refresh now if shown, else when it is shown. */
    void request() {
        if (showing) {
            stale = false;
            refresh.run();
        } else {
            stale = true;
        }
    }

    void setShowing(boolean shown) {
        showing = shown;
        if (shown && stale) {
            request();
        }
    }
}

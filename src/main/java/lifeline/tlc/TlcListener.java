package lifeline.tlc;

/**
 * Receives a run's events as TLC prints them. Called on the run's reader thread, in order, so
 * it should return quickly (TLC waits while its output is not read); a listener that throws
 * loses that event but does not disturb the run.
 */
@FunctionalInterface
public interface TlcListener {

    TlcListener NONE = event -> { };

    void onEvent(TlcEvent event);
}

package lifeline.check;

/** The answer of one check, as the CLI's exit code and the GUI's banner give it. */
public enum Verdict {
    /** Every checked property holds in every reachable state. */
    PASS,
    /** A checked property is violated; there is a trace. */
    VIOLATION,
    /**
     * No violation within a bound, and no more: a check stopped (time limit, Cancel) after exploring
     * every behaviour of up to N steps (one worker) or N distinct states (more workers), or random
     * runs that found nothing. Not a pass.
     */
    BOUNDED,
    /** TLC or the spec failed: no verdict. */
    ERROR,
    /** The user cancelled, or the time limit ran out. */
    CANCELLED
}

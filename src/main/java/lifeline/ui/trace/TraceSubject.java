package lifeline.ui.trace;

/**
 * What the player's trace is, when it is one of several the caller can show: its name in the player's words
 * ("Violation 2 of 5") and the very thing it stands for, which the caller compares by identity (two of them
 * may share a trace, and the player shows another trace object once steps are opened or only the relevant
 * ones shown). {@link #NONE} for a trace with no name: a check's own, an explored run.
 */
public record TraceSubject(String name, Object of) {
    public static final TraceSubject NONE = new TraceSubject("", null);

    /** True when this names {@code thing} itself. */
    public boolean is(Object thing) {
        return of != null && of == thing;
    }
}

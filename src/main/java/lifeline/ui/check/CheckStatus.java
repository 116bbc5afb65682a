package lifeline.ui.check;

/** What the result banner shows: nothing yet, a check running, or how the last one ended. */
public enum CheckStatus {
    NONE, RUNNING, PASS, VIOLATION, ERROR, CANCELLED,
    /** No violation within a bound (a stopped check's complete depth, random runs): not a pass. */
    BOUNDED
}

package lifeline.ui.check;

/** What the result banner shows: nothing yet, a check running, or how the last one ended. */
public enum CheckStatus {
    NONE, RUNNING, PASS, VIOLATION, ERROR, CANCELLED
}

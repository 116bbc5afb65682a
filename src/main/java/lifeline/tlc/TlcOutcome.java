package lifeline.tlc;

/** How a TLC run ended, from the user's point of view. */
public enum TlcOutcome {
    /** The model was checked completely and no error was found. */
    PASSED,
    /** An invariant, property, assumption or assertion is violated. */
    VIOLATION,
    /** A reachable state has no successor and deadlock checking was on. */
    DEADLOCK,
    /** The spec or its configuration does not parse or is semantically wrong. */
    SPEC_ERROR,
    /** TLC reported an error while checking (e.g. evaluating an expression failed). */
    ERROR,
    /** TLC ran out of memory. */
    OUT_OF_MEMORY,
    /** TLC died without reporting how checking ended. */
    CRASH,
    /** The run was cancelled. */
    CANCELLED,
    /** The run hit its time limit. */
    TIMEOUT
}

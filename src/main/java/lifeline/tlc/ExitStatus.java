package lifeline.tlc;

/** TLC's process exit codes, as defined by TLC 2.18's {@code tlc2.output.EC.ExitStatus}. */
public enum ExitStatus {
    SUCCESS(0),
    VIOLATION_ASSUMPTION(10),
    VIOLATION_DEADLOCK(11),
    VIOLATION_SAFETY(12),
    VIOLATION_LIVENESS(13),
    VIOLATION_ASSERT(14),
    FAILURE_SPEC_EVAL(75),
    FAILURE_SAFETY_EVAL(76),
    FAILURE_LIVENESS_EVAL(77),
    ERROR_SPEC_PARSE(150),
    ERROR_CONFIG_PARSE(151),
    ERROR_STATESPACE_TOO_LARGE(152),
    ERROR_SYSTEM(153),
    ERROR(255),
    /** Any other code: TLC died (killed, JVM crash, bad command line) rather than reporting. */
    UNKNOWN(-1);

    private final int code;

    ExitStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static ExitStatus of(int exitCode) {
        for (ExitStatus status : values()) {
            if (status.code == exitCode && status != UNKNOWN) {
                return status;
            }
        }
        return UNKNOWN;
    }

    /** What the status says, in words, for messages. */
    public String meaning() {
        return switch (this) {
            case SUCCESS -> "success";
            case VIOLATION_ASSUMPTION -> "an assumption is false";
            case VIOLATION_DEADLOCK -> "a deadlock was found";
            case VIOLATION_SAFETY -> "an invariant is violated";
            case VIOLATION_LIVENESS -> "a temporal property is violated";
            case VIOLATION_ASSERT -> "an assertion failed";
            case FAILURE_SPEC_EVAL, FAILURE_SAFETY_EVAL, FAILURE_LIVENESS_EVAL -> "an expression could not be evaluated";
            case ERROR_SPEC_PARSE, ERROR_CONFIG_PARSE -> "the spec or its configuration is wrong";
            case ERROR_STATESPACE_TOO_LARGE -> "the state space is too large";
            case ERROR_SYSTEM, ERROR, UNKNOWN -> "TLC failed";
        };
    }

    /** A violation of this kind comes with a counterexample trace (deadlock, invariant, temporal property). */
    public boolean hasTrace() {
        return this == VIOLATION_DEADLOCK || this == VIOLATION_SAFETY || this == VIOLATION_LIVENESS;
    }

    public boolean isViolation() {
        return code >= VIOLATION_ASSUMPTION.code && code <= VIOLATION_ASSERT.code;
    }
}

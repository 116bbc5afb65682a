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

    public boolean isViolation() {
        return code >= VIOLATION_ASSUMPTION.code && code <= VIOLATION_ASSERT.code;
    }
}

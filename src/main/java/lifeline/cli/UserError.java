package lifeline.cli;

/** A failure the user can fix, reported as its message alone (exit code 2). */
final class UserError extends RuntimeException {
    UserError(String message) {
        super(message);
    }
}

package lifeline.model;

/**
 * One thing wrong with a scenario.
 *
 * @param where the object in the user's terms, such as {@code fd 3 of process "app" (P1)}
 * @param message what is wrong, in the kernel's words where it has some
 */
public record Problem(String where, String message) {
    @Override
    public String toString() {
        return where + ": " + message;
    }
}

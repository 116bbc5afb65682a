package lifeline.edit;

/** An edit the kernel would refuse (EPERM, ELOOP, EEXIST...) or the model cannot hold; the message says why. */
public final class EditRefusedException extends RuntimeException {
    public EditRefusedException(String reason) {
        super(reason);
    }

    public String reason() {
        return getMessage();
    }
}

package lifeline.model;

/** How a process runs its operations (kernel-model §6). */
public enum OperationOrder {
    /**
     * In the order listed, each after the previous syscall has returned, like a reproducer program; a list
     * may name an operation twice. The default for a new process.
     */
    PROGRAM("program"),
    /** Each once, in any order TLC can find: what every version-1 file means. */
    ANY("any");

    private final String label;

    OperationOrder(String label) {
        this.label = label;
    }

    /** The word the file format and the TLA+ use. */
    public String label() {
        return label;
    }
}

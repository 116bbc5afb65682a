package lifeline.trace;

/**
 * The kinds of object a kernel state is laid out as ({@link StateObjects}), and the one place where an
 * object's key ("file:f1") is made from its kind and the spec's id.
 */
public enum ObjectKind {
    PROCESS("process"), FILE("file"), DEVICE("device"), EPITEMS("epitems"), WORKQUEUE("workqueue"), TASK("task");

    private final String word;

    ObjectKind(String word) {
        this.word = word;
    }

    /** The kind as the state panel and JSON export name it: "file". */
    public String word() {
        return word;
    }

    /** The key of this kind's object with the spec's id: "file:f1", stable across the steps of a trace. */
    public String key(String id) {
        return word + ":" + id;
    }

    @Override
    public String toString() {
        return word;
    }
}

package lifeline.trace;

/**
 * The kinds of object a kernel state is laid out as ({@link StateObjects}). A kind has one object per
 * spec id, or, for the kernel-wide kinds (epoll watches, the binder workqueue), exactly one object.
 */
public enum ObjectKind {
    PROCESS("process", null), FILE("file", null), DEVICE("device", null), EPITEMS("epitems", "epitems"),
    WORKQUEUE("workqueue", "binder-work"), TASK("task", null);

    private final String word;
    /** The text of the kind's one object's key, for a kernel-wide kind; else null. */
    private final String single;

    ObjectKind(String word, String single) {
        this.word = word;
        this.single = single;
    }

    /** The kind as the state panel and JSON export name it: "file". */
    public String word() {
        return word;
    }

    /** Whether the kind has one object for the whole kernel, with no spec id. */
    public boolean kernelWide() {
        return single != null;
    }

    /** The key of this kind's object with the spec's id, stable across the steps of a trace. */
    public ObjectKey key(String id) {
        return new ObjectKey(this, id);
    }

    /** The key as text: "file:f1", or the kernel-wide object's name ("epitems", "binder-work"). */
    String keyText(String id) {
        return single != null ? single : word + ":" + id;
    }

    @Override
    public String toString() {
        return word;
    }
}

package lifeline.trace;

import java.util.Objects;

/**
 * Which object of a kernel state a view, a change or a pin is about: its kind and the spec's id ("" for the
 * kernel-wide kinds), the same at every step of a trace.
 */
public record ObjectKey(ObjectKind kind, String id) {
    /** The epoll watches of the whole kernel. */
    public static final ObjectKey EPITEMS = new ObjectKey(ObjectKind.EPITEMS, "");
    /** The binder workqueue's deferred list. */
    public static final ObjectKey BINDER_WORK = new ObjectKey(ObjectKind.WORKQUEUE, "");

    public ObjectKey {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(id);
        if (kind.kernelWide() != id.isEmpty()) {
            throw new IllegalArgumentException(kind + (id.isEmpty() ? " needs an id" : " has no id: " + id));
        }
    }

    /** The key as the JSON export writes it: "file:f1", "process:p1", "epitems", "binder-work". */
    public String text() {
        return kind.keyText(id);
    }

    @Override
    public String toString() {
        return text();
    }
}

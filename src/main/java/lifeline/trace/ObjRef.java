package lifeline.trace;

/** A kernel object as the TLA+ module names it: a kind (wait queue, f_count, ...) and a TLA+ id. */
public record ObjRef(RefKind kind, String id) {
    public static final ObjRef NONE = new ObjRef(RefKind.NONE, "");

    public boolean isNone() {
        return kind == RefKind.NONE;
    }

    /** As the JSON export writes it: "wait_queue:f1". */
    public String text() {
        return kind.tla() + ":" + id;
    }
}

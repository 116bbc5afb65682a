package lifeline.trace;

/** A kernel object as the TLA+ module names it: a kind ("wait_queue", "f_count", ...) and a TLA+ id. */
public record ObjRef(String kind, String id) {
    public static final ObjRef NONE = new ObjRef("", "");

    public boolean isNone() {
        return kind.isEmpty();
    }

    /** As the JSON export writes it: "wait_queue:f1". */
    public String text() {
        return kind + ":" + id;
    }
}

package lifeline.ui.trace;

/** One field of one object of the state panel: "file:f2" / "reserved block". */
public record FieldRef(String objectKey, String field) {
}

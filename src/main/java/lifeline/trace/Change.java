package lifeline.trace;

/** A field of an object that a step changed. A field that appears or vanishes has "" on that side. */
public record Change(String objectKey, String objectLabel, String field, String before, String after) {
}

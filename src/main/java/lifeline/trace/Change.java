package lifeline.trace;

/** A field of an object that a step changed. A field that appears or vanishes has "" on that side. */
public record Change(ObjectKey objectKey, String objectLabel, String field, String before, String after) {
}

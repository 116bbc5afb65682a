package lifeline.trace;

/**
 * A reference that keeps a leaked object allocated, as the spec's HeldBy names it: the field (or count) that
 * holds it and the object that field lives in ("fd" of files_struct p1, "tgid" of task p1, "f_count" of file
 * f2...).
 */
public record Holder(ObjRef leak, String field, ObjRef owner) {
}

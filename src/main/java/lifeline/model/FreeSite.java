package lifeline.model;

/** In which file operation a driver frees something. */
public enum FreeSite {
    /** Not allocated at all. */
    NONE,
    /** f_op->flush, which runs on every close. */
    FLUSH,
    /** f_op->release, which runs once, after eventpoll_release, on the last reference. */
    RELEASE
}

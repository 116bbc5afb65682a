package lifeline.model;

/** How a close hook keeps the file's path across the original close (seed 004). */
public enum PathCapture {
    /** pPath = &file->f_path: __fput sets it to NULL, path_put drops nothing. */
    POINTER,
    /** struct path p = file->f_path: the fix. */
    COPY
}

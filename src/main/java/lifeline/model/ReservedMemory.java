package lifeline.model;

/** The reserved-memory driver of seed 000: which blocks its release frees. */
public enum ReservedMemory {
    NONE,
    /** The blocks tagged with current->tgid: wrong when release runs in a kworker. */
    CURRENT_TGID,
    /** The blocks recorded in file->private_data: the fix. */
    FILE_RECORD
}

package lifeline.edit;

/** The four kinds of edge on the canvas and what each one is in the kernel. */
public enum EdgeKind {
    /** An fd slot of a process pointing at a file (several to one file: dup or fork). */
    FD("fd"),
    /** epoll_ctl(EPOLL_CTL_ADD): an epitem of an epoll on a file's wait queue. */
    WATCH("watch"),
    /** The driver file was opened on a kref'd device. */
    OPENED_ON("opened on"),
    /** A close hook wraps close for a process. */
    HOOK("hook");

    private final String label;

    EdgeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package lifeline.edit;

import lifeline.model.BinderFile;
import lifeline.model.CloseHook;
import lifeline.model.DeviceNode;
import lifeline.model.DriverFile;
import lifeline.model.EpollFile;
import lifeline.model.Node;
import lifeline.model.ProcessNode;
import lifeline.model.WorkqueueThread;

/** The kinds of object on the palette, with the prefix of their ids and a tooltip in the kernel's words. */
public enum NodeKind {
    PROCESS("Process", "process", "P",
            "A thread group (one task here): a tgid, a files_struct and its fd table"),
    DRIVER_FILE("File", "file", "F",
            "A struct file opened on a driver whose flush and release you configure"),
    EPOLL("Epoll", "epoll", "E",
            "An epoll instance: a file whose epitems sit on other files' wait queues, holding no f_count on them"),
    BINDER("Binder", "binder", "B",
            "/dev/binder of one process: after mmap, its binder_proc holds the files_struct"
                    + " and the mapping an f_count"),
    WORKQUEUE_THREAD("Kworker", "kworker", "K",
            "The thread of the \"binder\" workqueue that runs binder_deferred_func, with a tgid of its own"),
    DEVICE("Device", "device", "D",
            "A kref'd device object: probe does kref_init, open may kref_get, unplug does kref_put"),
    CLOSE_HOOK("Close hook", "close hook", "H",
            "A module that wraps close for one process: path_get, the original close, path_put");

    private final String label;
    private final String noun;
    private final String idPrefix;
    private final String tooltip;

    NodeKind(String label, String noun, String idPrefix, String tooltip) {
        this.label = label;
        this.noun = noun;
        this.idPrefix = idPrefix;
        this.tooltip = tooltip;
    }

    /** The palette's label, such as "Close hook". */
    public String label() {
        return label;
    }

    /** The kind inside a sentence, such as "close hook"; also the stem of default names. */
    public String noun() {
        return noun;
    }

    public String idPrefix() {
        return idPrefix;
    }

    public String tooltip() {
        return tooltip;
    }

    public static NodeKind of(Node n) {
        if (n instanceof ProcessNode) {
            return PROCESS;
        } else if (n instanceof DriverFile) {
            return DRIVER_FILE;
        } else if (n instanceof EpollFile) {
            return EPOLL;
        } else if (n instanceof BinderFile) {
            return BINDER;
        } else if (n instanceof WorkqueueThread) {
            return WORKQUEUE_THREAD;
        } else if (n instanceof DeviceNode) {
            return DEVICE;
        } else if (n instanceof CloseHook) {
            return CLOSE_HOOK;
        }
        throw new IllegalArgumentException("unknown kind of node: " + n);
    }
}

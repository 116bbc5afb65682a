package lifeline.ui.inspector;

import lifeline.model.FputBalance;
import lifeline.model.FreeSite;
import lifeline.model.Node;
import lifeline.model.Operation;
import lifeline.model.OperationOrder;
import lifeline.model.PathCapture;
import lifeline.model.ReservedMemory;
import lifeline.model.Unplug;

/** The inspector's words for the model's enums and objects: the kernel's, never the Java names. */
final class KernelWords {
    private KernelWords() {}

    /** The name the user sees for a node: its name, else its id. */
    static String label(Node n) {
        return n.name().isBlank() ? n.id() : n.name();
    }

    static String waitQueue(FreeSite site) {
        switch (site) {
            case FLUSH: return "flush";
            case RELEASE: return "release";
            default: return "not allocated";
        }
    }

    static String waitQueueHint(FreeSite site) {
        switch (site) {
            case FLUSH: return "freed by f_op->flush, which runs on every close, before __fput runs"
                    + " eventpoll_release (seed 001 bug when epoll watches the file)";
            case RELEASE: return "freed by f_op->release, after __fput has run eventpoll_release (the fix)";
            default: return "the driver allocates no wait queue";
        }
    }

    /** The line under the wait-queue choice: when the chosen site runs, next to epoll's eventpoll_release. */
    static String waitQueueNote(FreeSite site) {
        switch (site) {
            case FLUSH: return "flush runs on every close: epoll's eventpoll_release runs after it";
            case RELEASE: return "release runs once, on the last fput, after epoll's eventpoll_release";
            default: return "";
        }
    }

    static String privateData(FreeSite site) {
        switch (site) {
            case FLUSH: return "freed in flush";
            case RELEASE: return "freed in release";
            default: return "none";
        }
    }

    static String privateDataHint(FreeSite site) {
        switch (site) {
            case FLUSH: return "kfree(file->private_data) in flush: a double free when the file is shared or"
                    + " dup'd, because flush runs on every close (seed 002)";
            case RELEASE: return "kfree(file->private_data) in release, which runs once, on the last fput";
            default: return "the driver keeps no private data";
        }
    }

    static String reservedMemory(ReservedMemory r) {
        switch (r) {
            case CURRENT_TGID: return "frees current->tgid's blocks";
            case FILE_RECORD: return "frees the file's own blocks";
            default: return "none";
        }
    }

    static String reservedMemoryHint(ReservedMemory r) {
        switch (r) {
            case CURRENT_TGID: return "release frees the blocks tagged with current->tgid: nothing when it runs in"
                    + " the binder kworker (seed 000 bug)";
            case FILE_RECORD: return "release frees the blocks recorded in file->private_data, whoever runs it"
                    + " (the fix)";
            default: return "the opener reserved no memory through this driver";
        }
    }

    static String unplug(Unplug u) {
        switch (u) {
            case KREF_PUT: return "kref_put";
            case KFREE: return "kfree (bug)";
            default: return "not unplugged";
        }
    }

    static String unplugHint(Unplug u) {
        switch (u) {
            case KREF_PUT: return "the hotplug event does kref_put: the object lives until the last open file"
                    + " releases it";
            case KFREE: return "the hotplug event frees the object directly: open files still point at it"
                    + " (seed 003 bug)";
            default: return "no hotplug event in this scenario";
        }
    }

    static String capture(PathCapture c) {
        return c == PathCapture.POINTER ? "pointer &file->f_path (bug)" : "copy of struct path";
    }

    static String captureHint(PathCapture c) {
        return c == PathCapture.POINTER
                ? "pPath = &file->f_path: __fput sets f_path to NULL, so path_put drops nothing (seed 004 bug)"
                : "struct path p = file->f_path, copied before the original close: path_put drops the references";
    }

    static String balance(FputBalance b) {
        switch (b) {
            case LEAK: return "forgets fput";
            case EXTRA: return "extra fput";
            default: return "balanced";
        }
    }

    static String balanceHint(FputBalance b) {
        switch (b) {
            case LEAK: return "fget without fput: f_count never drops back, the file is never freed";
            case EXTRA: return "one fput too many: f_count reaches 0 while an fd still points at the file";
            default: return "fget, then fput: f_count is back where it was";
        }
    }

    static String order(OperationOrder o) {
        return o == OperationOrder.PROGRAM ? "in program order" : "each once, in any order";
    }

    static String orderHint(OperationOrder o) {
        return o == OperationOrder.PROGRAM
                ? "As listed, each after the previous one returned, like the syscalls of a reproducer;"
                        + " an operation may be listed twice"
                : "Each once, in every order: TLC explores them all (what a version-1 file means)";
    }

    static String operation(Operation op) {
        if (op instanceof Operation.Close) {
            return "close fd " + op.fd();
        } else if (op instanceof Operation.Wake) {
            return "wake fd " + op.fd();
        }
        FputBalance b = ((Operation.Ioctl) op).balance();
        return "ioctl fd " + op.fd() + " (" + balance(b == null ? FputBalance.BALANCED : b) + ")";
    }

    static String operationHint(Operation op) {
        if (op instanceof Operation.Close) {
            return "close(" + op.fd() + "): sys_close clears the slot, filp_close runs flush and fput"
                    + " (through the close hook if the process has one)";
        } else if (op instanceof Operation.Wake) {
            return "a driver event does wake_up on the wait queue of the file on fd " + op.fd();
        }
        FputBalance b = ((Operation.Ioctl) op).balance();
        return "ioctl(" + op.fd() + "): fget, read private_data and the device, then "
                + balanceHint(b == null ? FputBalance.BALANCED : b);
    }
}

package lifeline.model;

/** Something a process does, in program order or in any order with its other operations (kernel-model §6). */
public sealed interface Operation permits Operation.Close, Operation.Wake, Operation.Ioctl {
    int fd();

    /** A short label in the kernel's words, such as {@code close(3)}. */
    String label();

    /** close(fd): sys_close, or the close hook when the process has one. */
    record Close(int fd) implements Operation {
        @Override
        public String label() {
            return "close(" + fd + ")";
        }
    }

    /** A driver event that does wake_up on the wait queue of the file on fd. */
    record Wake(int fd) implements Operation {
        @Override
        public String label() {
            return "wake_up(fd " + fd + ")";
        }
    }

    /** ioctl(fd): fget, read private_data and the device, then fput as the balance says. */
    record Ioctl(int fd, FputBalance balance) implements Operation {
        @Override
        public String label() {
            return "ioctl(" + fd + ", " + balance.label() + ")";
        }
    }
}

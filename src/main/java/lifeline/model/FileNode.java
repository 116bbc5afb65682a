package lifeline.model;

/** A struct file that fds point to: a driver's file, an epoll instance or a binder file. */
public sealed interface FileNode extends Node permits DriverFile, EpollFile, BinderFile {
    /** The process that opened it (for a binder file, the owner of its binder_proc). */
    String opener();

    /** Whether epoll may watch it (it owns a wait queue). */
    boolean pollable();
}

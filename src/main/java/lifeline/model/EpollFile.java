package lifeline.model;

import java.util.Objects;

/** An epoll instance: itself a file; its watches are epitems on other files' wait queues. */
public record EpollFile(String id, String name, String opener, Position position) implements FileNode {
    public EpollFile {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
        position = position == null ? Position.ORIGIN : position;
    }

    /** An epoll file has a wait queue of its own (nested epoll). */
    @Override
    public boolean pollable() {
        return true;
    }

    @Override
    public String kindLabel() {
        return "epoll";
    }
}

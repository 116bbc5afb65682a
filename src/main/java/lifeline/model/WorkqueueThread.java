package lifeline.model;

import java.util.Objects;

/** The single thread of the "binder" workqueue (a kworker) with a tgid of its own. */
public record WorkqueueThread(String id, String name, int tgid, Position position) implements Node {
    public WorkqueueThread {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
        position = position == null ? Position.ORIGIN : position;
    }

    @Override
    public String kindLabel() {
        return "workqueue thread";
    }
}

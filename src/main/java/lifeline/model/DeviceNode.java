package lifeline.model;

import java.util.Objects;

/** A kref'd device object: probe did kref_init, each open may kref_get, unplug puts or frees. */
public record DeviceNode(String id, String name, Unplug unplug, Position position) implements Node {
    public DeviceNode {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
        unplug = unplug == null ? Unplug.NONE : unplug;
        position = position == null ? Position.ORIGIN : position;
    }

    @Override
    public String kindLabel() {
        return "device";
    }
}

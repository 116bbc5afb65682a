package lifeline.edit;

import java.util.Locale;
import lifeline.model.DeviceNode;
import lifeline.model.Scenario;
import lifeline.model.Unplug;

/** What the hotplug event does to a device: nothing, kref_put, or kfree (the seed 003 bug). */
public record SetDeviceUnplug(String device, Unplug unplug) implements EditCommand {
    @Override
    public Scenario apply(Scenario s) {
        DeviceNode d = Nodes.node(s, device, DeviceNode.class, "device");
        return Nodes.replace(s, new DeviceNode(d.id(), d.name(), unplug, d.position()));
    }

    @Override
    public String description() {
        return "Set unplug: " + unplug.name().toLowerCase(Locale.ROOT);
    }
}

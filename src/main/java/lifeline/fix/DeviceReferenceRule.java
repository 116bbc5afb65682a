package lifeline.fix;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lifeline.edit.Composite;
import lifeline.edit.EditCommand;
import lifeline.edit.SetDeviceUnplug;
import lifeline.edit.SetDriver;
import lifeline.model.DeviceNode;
import lifeline.model.Driver;
import lifeline.model.DriverFile;
import lifeline.model.FileNode;
import lifeline.model.Printable;
import lifeline.model.Property;
import lifeline.model.Unplug;
import lifeline.trace.Naming;
import lifeline.trace.ObjRef;
import lifeline.trace.RefKind;

/** Seed 003: a device object freed under an open file: open forgot kref_get, or unplug kfrees. */
final class DeviceReferenceRule implements FixRule {
    @Override
    public Optional<Fix> propose(Culprit c, Naming n) {
        if (c.property() != Property.NO_USE_AFTER_FREE && c.property() != Property.NO_REFCOUNT_UNDERFLOW
                && c.property() != Property.NO_DOUBLE_FREE) {
            return Optional.empty();
        }
        for (ObjRef o : c.objects()) {
            if (o.kind() != RefKind.DEVICE && o.kind() != RefKind.KREF) {
                continue;
            }
            Optional<DeviceNode> device = n.ids().node(o.id()).flatMap(n.scenario()::device);
            if (device.isEmpty()) {
                continue;
            }
            if (device.get().unplug() == Unplug.KFREE) {
                return Optional.of(new Fix("Unplug " + Printable.of(device.get().name()) + " with kref_put, not kfree",
                        "the open files still hold references; the last kref_put frees the object.", "seed 003",
                        new SetDeviceUnplug(device.get().id(), Unplug.KREF_PUT)));
            }
            List<EditCommand> parts = new ArrayList<>();
            for (FileNode f : n.scenario().files()) {
                if (f instanceof DriverFile df && device.get().id().equals(df.driver().device())
                        && !df.driver().openTakesDeviceRef()) {
                    Driver d = df.driver();
                    parts.add(SetDriver.of(n.scenario(), df.id(), d.withDevice(d.device(), true)));
                }
            }
            if (!parts.isEmpty()) {
                return Optional.of(new Fix("Take a reference (kref_get) in open before handing "
                        + Printable.of(device.get().name()) + " to the file",
                        "kref rule 1: a pointer handed to another holder needs its own reference; unplug's "
                                + "kref_put then cannot free the object under an open file.",
                        "seed 003", parts.size() == 1 ? parts.get(0)
                                : new Composite("Open takes a kref on " + Printable.of(device.get().name()), parts)));
            }
        }
        return Optional.empty();
    }
}

package lifeline.ui.inspector;

import lifeline.model.Driver;
import lifeline.model.FreeSite;
import lifeline.model.ReservedMemory;

/** A driver with one field changed: the model's record has no with-methods for them. */
final class Drivers {
    private Drivers() {}

    static Driver name(Driver d, String name) {
        return new Driver(name, d.pollable(), d.waitQueueFreedIn(), d.privateDataFreedIn(), d.reservedMemory(),
                d.device(), d.openTakesDeviceRef());
    }

    static Driver pollable(Driver d, boolean pollable) {
        return new Driver(d.name(), pollable, d.waitQueueFreedIn(), d.privateDataFreedIn(), d.reservedMemory(),
                d.device(), d.openTakesDeviceRef());
    }

    static Driver waitQueue(Driver d, FreeSite site) {
        return new Driver(d.name(), d.pollable(), site, d.privateDataFreedIn(), d.reservedMemory(), d.device(),
                d.openTakesDeviceRef());
    }

    static Driver privateData(Driver d, FreeSite site) {
        return new Driver(d.name(), d.pollable(), d.waitQueueFreedIn(), site, d.reservedMemory(), d.device(),
                d.openTakesDeviceRef());
    }

    static Driver reserved(Driver d, ReservedMemory r) {
        return new Driver(d.name(), d.pollable(), d.waitQueueFreedIn(), d.privateDataFreedIn(), r, d.device(),
                d.openTakesDeviceRef());
    }

    static Driver takesRef(Driver d, boolean takes) {
        return d.withDevice(d.device(), takes);
    }
}

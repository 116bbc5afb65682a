package lifeline.model;

/**
 * The behaviour of the driver a file was opened on (kernel-model §2 and §4).
 *
 * @param device the id of the kref'd device it was opened on, or null
 * @param openTakesDeviceRef whether open did kref_get on that device (seed 003)
 */
public record Driver(String name, boolean pollable, FreeSite waitQueueFreedIn, FreeSite privateDataFreedIn,
                     ReservedMemory reservedMemory, String device, boolean openTakesDeviceRef) {
    public Driver {
        name = name == null ? "" : name;
        waitQueueFreedIn = waitQueueFreedIn == null ? FreeSite.RELEASE : waitQueueFreedIn;
        privateDataFreedIn = privateDataFreedIn == null ? FreeSite.NONE : privateDataFreedIn;
        reservedMemory = reservedMemory == null ? ReservedMemory.NONE : reservedMemory;
    }

    /** A plain driver: not pollable, nothing allocated, no device. */
    public static Driver plain(String name) {
        return new Driver(name, false, FreeSite.RELEASE, FreeSite.NONE, ReservedMemory.NONE, null, false);
    }

    public Driver withDevice(String deviceId, boolean takesRef) {
        return new Driver(name, pollable, waitQueueFreedIn, privateDataFreedIn, reservedMemory, deviceId, takesRef);
    }
}

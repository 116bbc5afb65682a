package lifeline.model;

/** What the hotplug event does to a device object (seed 003). */
public enum Unplug {
    /** The device is not unplugged in this scenario. */
    NONE,
    /** device_disconnect does kref_put. */
    KREF_PUT,
    /** device_disconnect frees the object directly: the bug. */
    KFREE
}

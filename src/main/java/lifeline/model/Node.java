package lifeline.model;

/** An object drawn on the canvas. Ids are stable keys; names are what the user typed. */
public sealed interface Node permits ProcessNode, FileNode, DeviceNode, CloseHook, WorkqueueThread {
    String id();

    String name();

    Position position();

    /** The kind of object in the words of the kernel-model reference, for messages. */
    String kindLabel();
}

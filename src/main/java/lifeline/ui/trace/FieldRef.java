package lifeline.ui.trace;

import lifeline.trace.ObjRef;

/** One field of one object of the state panel: "file:f2" / "reserved block". */
public record FieldRef(String objectKey, String field) {

    /** The field that shows a leaked kernel object, in StateObjects' layout. */
    static FieldRef of(ObjRef leak) {
        return switch (leak.kind()) {
            case "files_struct" -> new FieldRef("process:" + leak.id(), "files_struct.count");
            case "wait_queue" -> new FieldRef("file:" + leak.id(), "wait queue");
            case "private_data" -> new FieldRef("file:" + leak.id(), "private_data");
            case "reserved_block" -> new FieldRef("file:" + leak.id(), "reserved block");
            case "dentry" -> new FieldRef("file:" + leak.id(), "dentry refs");
            case "vfsmount" -> new FieldRef("file:" + leak.id(), "vfsmount refs");
            case "binder_proc" -> new FieldRef("file:" + leak.id(), "binder_proc");
            default -> new FieldRef(leak.kind() + ":" + leak.id(), "state");
        };
    }
}

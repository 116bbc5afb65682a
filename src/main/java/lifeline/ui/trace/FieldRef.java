package lifeline.ui.trace;

import lifeline.trace.ObjRef;
import lifeline.trace.ObjectKind;

/** One field of one object of the state panel: "file:f2" / "reserved block". */
public record FieldRef(String objectKey, String field) {

    /** The field that shows a leaked kernel object, in StateObjects' layout. */
    static FieldRef of(ObjRef leak) {
        return switch (leak.kind()) {
            case "files_struct" -> new FieldRef(ObjectKind.PROCESS.key(leak.id()), "files_struct.count");
            case "wait_queue" -> new FieldRef(ObjectKind.FILE.key(leak.id()), "wait queue");
            case "private_data" -> new FieldRef(ObjectKind.FILE.key(leak.id()), "private_data");
            case "reserved_block" -> new FieldRef(ObjectKind.FILE.key(leak.id()), "reserved block");
            case "dentry" -> new FieldRef(ObjectKind.FILE.key(leak.id()), "dentry refs");
            case "vfsmount" -> new FieldRef(ObjectKind.FILE.key(leak.id()), "vfsmount refs");
            case "binder_proc" -> new FieldRef(ObjectKind.FILE.key(leak.id()), "binder_proc");
            default -> new FieldRef(leak.kind() + ":" + leak.id(), "state");
        };
    }
}

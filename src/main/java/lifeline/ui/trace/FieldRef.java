package lifeline.ui.trace;

import java.util.Optional;
import lifeline.trace.ObjRef;
import lifeline.trace.ObjectKey;
import lifeline.trace.ObjectKind;

/** One field of one object of the state panel: the file f2's "reserved block". */
public record FieldRef(ObjectKey objectKey, String field) {

    /** The field that shows a leaked kernel object, in StateObjects' layout; empty for a kind it does not show. */
    static Optional<FieldRef> of(ObjRef leak) {
        String id = leak.id();
        return Optional.ofNullable(switch (leak.kind()) {
            case "files_struct" -> new FieldRef(ObjectKind.PROCESS.key(id), "files_struct.count");
            case "file" -> new FieldRef(ObjectKind.FILE.key(id), "state");
            case "wait_queue" -> new FieldRef(ObjectKind.FILE.key(id), "wait queue");
            case "private_data" -> new FieldRef(ObjectKind.FILE.key(id), "private_data");
            case "reserved_block" -> new FieldRef(ObjectKind.FILE.key(id), "reserved block");
            case "dentry" -> new FieldRef(ObjectKind.FILE.key(id), "dentry refs");
            case "vfsmount" -> new FieldRef(ObjectKind.FILE.key(id), "vfsmount refs");
            case "binder_proc" -> new FieldRef(ObjectKind.FILE.key(id), "binder_proc");
            case "device" -> new FieldRef(ObjectKind.DEVICE.key(id), "state");
            default -> null;
        });
    }
}

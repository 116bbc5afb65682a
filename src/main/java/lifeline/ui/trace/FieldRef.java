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
            case FILES_STRUCT -> new FieldRef(ObjectKind.PROCESS.key(id), "files_struct.count");
            case FILE -> new FieldRef(ObjectKind.FILE.key(id), "state");
            case WAIT_QUEUE -> new FieldRef(ObjectKind.FILE.key(id), "wait queue");
            case PRIVATE_DATA -> new FieldRef(ObjectKind.FILE.key(id), "private_data");
            case RESERVED_BLOCK -> new FieldRef(ObjectKind.FILE.key(id), "reserved block");
            case DENTRY -> new FieldRef(ObjectKind.FILE.key(id), "dentry refs");
            case VFSMOUNT -> new FieldRef(ObjectKind.FILE.key(id), "vfsmount refs");
            case BINDER_PROC -> new FieldRef(ObjectKind.FILE.key(id), "binder_proc");
            case DEVICE -> new FieldRef(ObjectKind.DEVICE.key(id), "state");
            default -> null;
        });
    }
}

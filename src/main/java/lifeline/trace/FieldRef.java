package lifeline.trace;

import java.util.Optional;

/** One field of one object of a state as {@link StateObjects} lays it out: the file f2's "reserved block". */
public record FieldRef(ObjectKey objectKey, String field) {

    /** The field that shows a leaked kernel object; empty for a kind the layout does not show as a leak. */
    public static Optional<FieldRef> of(ObjRef leak) {
        String id = leak.id();
        return Optional.ofNullable(switch (leak.kind()) {
            case FILES_STRUCT -> new FieldRef(ObjectKind.PROCESS.key(id), StateObjects.FILES_COUNT);
            case FILE -> new FieldRef(ObjectKind.FILE.key(id), StateObjects.STATE);
            case WAIT_QUEUE -> new FieldRef(ObjectKind.FILE.key(id), StateObjects.WAIT_QUEUE);
            case PRIVATE_DATA -> new FieldRef(ObjectKind.FILE.key(id), StateObjects.PRIVATE_DATA);
            case RESERVED_BLOCK -> new FieldRef(ObjectKind.FILE.key(id), StateObjects.RESERVED_BLOCK);
            case DENTRY -> new FieldRef(ObjectKind.FILE.key(id), StateObjects.DENTRY_REFS);
            case VFSMOUNT -> new FieldRef(ObjectKind.FILE.key(id), StateObjects.VFSMOUNT_REFS);
            case BINDER_PROC -> new FieldRef(ObjectKind.FILE.key(id), StateObjects.BINDER_PROC);
            case DEVICE -> new FieldRef(ObjectKind.DEVICE.key(id), StateObjects.STATE);
            default -> null;
        });
    }
}

package lifeline.ui.trace;

import java.util.LinkedHashSet;
import java.util.Set;
import lifeline.trace.KernelState;
import lifeline.trace.LeakFinder;
import lifeline.trace.Naming;
import lifeline.trace.ObjRef;

/**
 * The fields that show the leaks of a NoLeak violation: LeakFinder names the leaked kernel objects,
 * and this maps each to the object and field the state panel shows it in (StateObjects' layout).
 */
final class LeakedFields {
    private LeakedFields() {}

    static Set<FieldRef> of(KernelState s, Naming n) {
        Set<FieldRef> fields = new LinkedHashSet<>();
        for (ObjRef leak : LeakFinder.leaks(s, n)) {
            fields.add(field(leak));
        }
        return fields;
    }

    static FieldRef field(ObjRef o) {
        switch (o.kind()) {
            case "files_struct":
                return new FieldRef("process:" + o.id(), "files_struct.count");
            case "wait_queue":
                return new FieldRef("file:" + o.id(), "wait queue");
            case "private_data":
                return new FieldRef("file:" + o.id(), "private_data");
            case "reserved_block":
                return new FieldRef("file:" + o.id(), "reserved block");
            case "dentry":
                return new FieldRef("file:" + o.id(), "dentry refs");
            case "vfsmount":
                return new FieldRef("file:" + o.id(), "vfsmount refs");
            case "binder_proc":
                return new FieldRef("file:" + o.id(), "binder_proc");
            case "device":
                return new FieldRef("device:" + o.id(), "state");
            default:
                return new FieldRef(o.kind() + ":" + o.id(), "state");
        }
    }
}

package lifeline.model;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** A checked property of kernel-model §5, named as in the TLA+ module. */
public enum Property {
    NO_USE_AFTER_FREE("NoUseAfterFree",
            "no step touches a freed wait queue, private data, device object or binder_proc"),
    NO_DOUBLE_FREE("NoDoubleFree", "nothing is freed twice"),
    NO_REFCOUNT_UNDERFLOW("NoRefcountUnderflow",
            "f_count, files_struct.count, kref, dentry and vfsmount counts never drop below zero"),
    NO_LEAK("NoLeak", "at quiescence nothing is allocated that no live holder can reach"),
    RELEASE_IN_OPENER_CONTEXT("ReleaseInOpenerContext",
            "a driver's release runs in a task of the process that opened the file (lint)");

    private final String tlaName;
    private final String description;

    Property(String tlaName, String description) {
        this.tlaName = tlaName;
        this.description = description;
    }

    public String tlaName() {
        return tlaName;
    }

    public String description() {
        return description;
    }

    /** The properties checked unless the user says otherwise: all but the lint. */
    public static Set<Property> defaults() {
        return EnumSet.of(NO_USE_AFTER_FREE, NO_DOUBLE_FREE, NO_REFCOUNT_UNDERFLOW, NO_LEAK);
    }

    public static Optional<Property> byTlaName(String name) {
        for (Property p : values()) {
            if (p.tlaName.equalsIgnoreCase(name)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}

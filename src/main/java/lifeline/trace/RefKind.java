package lifeline.trace;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The kinds of kernel object specs/Lifeline.tla names in a reference {@code <<kind, id>>}: the object a step
 * touched or a fault hit, a leak, and what holds a leak. Each carries the string the spec writes it as, read
 * once where TLC's values become an {@link ObjRef}.
 */
public enum RefKind {
    FD("fd"), F_COUNT("f_count"), FILE("file"), FILES_STRUCT("files_struct"), WAIT_QUEUE("wait_queue"),
    PRIVATE_DATA("private_data"), RESERVED_BLOCK("reserved_block"), DENTRY("dentry"), VFSMOUNT("vfsmount"),
    DEVICE("device"), KREF("kref"), BINDER_PROC("binder_proc"),
    /** The owners of a leak's holders only (HeldBy): a process's mm, its task, its close hook. */
    MM("mm"), TASK("task"), HOOK("hook"),
    /** No object: the spec's empty reference {@code <<>>}, which a step that touches nothing logs. */
    NONE("");

    private static final Map<String, RefKind> BY_TLA = Arrays.stream(values()).filter(k -> k != NONE)
            .collect(Collectors.toUnmodifiableMap(RefKind::tla, Function.identity()));

    private final String tla;

    RefKind(String tla) {
        this.tla = tla;
    }

    /** The kind as Lifeline.tla writes it, and the JSON export after it: "wait_queue". */
    public String tla() {
        return tla;
    }

    /** The kind in words, as marks and reports write it: "wait queue". */
    public String words() {
        return tla.replace('_', ' ');
    }

    /**
     * The kind the spec wrote as {@code tla}.
     *
     * @throws IllegalArgumentException for a kind this version of Lifeline does not know (a spec newer than it)
     */
    public static RefKind ofTla(String tla) {
        RefKind k = BY_TLA.get(tla);
        if (k == null) {
            throw new IllegalArgumentException("the model names an object kind Lifeline does not know: \""
                    + tla + "\" (known: " + String.join(", ", BY_TLA.keySet().stream().sorted().toList()) + ")");
        }
        return k;
    }

    /** As the reports print it: the spec's name. */
    @Override
    public String toString() {
        return tla;
    }
}

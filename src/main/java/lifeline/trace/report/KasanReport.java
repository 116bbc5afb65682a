package lifeline.trace.report;

import java.util.Optional;
import lifeline.spec.FaultKind;
import lifeline.trace.Call;
import lifeline.trace.Fault;
import lifeline.trace.KernelTrace;
import lifeline.trace.Naming;
import lifeline.trace.ObjRef;
import lifeline.trace.RefKind;
import lifeline.trace.TraceStep;

/** A fault written the way KASAN and refcount_t report it, with the free that came before. */
final class KasanReport {
    private static final String RULE = "==================================================================\n";

    private KasanReport() {}

    static String render(Fault f, TraceStep at, KernelTrace trace, Naming n) {
        StringBuilder b = new StringBuilder(RULE);
        b.append(title(f, n)).append('\n');
        b.append(access(f)).append(' ').append(n.object(f.object())).append(" by task ").append(n.task(f.task()))
                .append(" at step ").append(at.number()).append('\n');
        b.append("\nCall Trace:\n").append(Backtraces.print(f.backtrace(), f.object(), n));
        if (f.kind() != FaultKind.CONTEXT) {
            b.append("\nAllocated by task ").append(allocatedBy(f.object(), n));
            freedBy(f, at, trace).ifPresent(hit -> b.append("\nFreed by task ").append(n.task(hit.call().task()))
                    .append(" at step ").append(hit.step().number()).append(":\n")
                    .append(Backtraces.print(hit.call().backtrace(), hit.call().object(), n)));
        }
        b.append('\n').append(explain(f, n)).append('\n').append(RULE);
        return b.toString();
    }

    private static String title(Fault f, Naming n) {
        return switch (f.kind()) {
            case UAF -> "BUG: KASAN: use-after-free in " + f.function();
            case DOUBLE_FREE -> "BUG: KASAN: double-free or invalid-free in " + f.function();
            case UNDERFLOW -> underflowTitle(f);
            case CONTEXT -> "Lifeline lint: release ran outside the opener's context in " + f.function();
        };
    }

    private static String underflowTitle(Fault f) {
        return switch (f.object().kind()) {
            case F_COUNT -> f.function().equals("filp_close") ? "VFS: Close: file count is 0"
                    : "BUG: f_count underflow in " + f.function();
            case KREF -> "refcount_t: underflow; use-after-free (in " + f.function() + ")";
            default -> "BUG: " + f.object().kind().tla() + " refcount underflow in " + f.function();
        };
    }

    private static String access(Fault f) {
        return switch (f.kind()) {
            case DOUBLE_FREE -> "Free of";
            case CONTEXT -> "Release of";
            case UNDERFLOW -> "Put of";
            case UAF -> "Access to";
        };
    }

    /** Everything the scenario starts with was allocated before it: by open, probe or fork. */
    private static String allocatedBy(ObjRef o, Naming n) {
        return switch (o.kind()) {
            case DEVICE, KREF -> "probe, before the scenario starts:\n  kref_init\n  device_probe\n";
            case FILES_STRUCT -> n.task(o.id()) + ", before the scenario starts:\n  dup_fd\n  copy_process\n";
            default -> n.scenario().file(n.nodeId(o.id()))
                    .map(f -> n.task(n.ids().tla(f.opener())) + ", before the scenario starts:\n  open of "
                            + n.name(o.id()) + "\n")
                    .orElse("(before the scenario starts)\n");
        };
    }

    /** The call that freed the object the fault touched, before the faulting call (the report's "Freed by"). */
    static Optional<TraceSearch.Hit> freedBy(Fault f, TraceStep at, KernelTrace trace) {
        TraceSearch search = new TraceSearch(trace);
        ObjRef o = f.object().kind() == RefKind.KREF ? new ObjRef(RefKind.DEVICE, f.object().id()) : f.object();
        Call faulting = at.mainCall();
        if (f.object().kind() == RefKind.F_COUNT) {
            return search.first(new ObjRef(RefKind.FILE, o.id()), "file_free", at, faulting);
        }
        return search.first(o, "kfree", at, faulting);
    }

    private static String explain(Fault f, Naming n) {
        String obj = n.object(f.object());
        return switch (f.kind()) {
            case UAF -> "The buggy address belongs to the " + obj + ", which was freed before this access.";
            case DOUBLE_FREE -> "The " + obj + " was freed twice.";
            case UNDERFLOW -> "The count went below zero: a put without a matching get.";
            case CONTEXT -> "release of " + n.name(f.object().id()) + " ran in " + n.task(f.task())
                    + ", not in a task of the process that opened it: anything it looks up through current "
                    + "is the wrong process's.";
        };
    }
}

package lifeline.trace.report;

import java.util.Optional;
import java.util.OptionalInt;
import lifeline.model.Property;
import lifeline.spec.FaultKinds;
import lifeline.trace.Fault;
import lifeline.trace.KernelState;
import lifeline.trace.KernelTrace;
import lifeline.trace.Naming;
import lifeline.trace.ObjRef;
import lifeline.trace.TraceStep;

/**
 * The steps that tell a violation's story, numbered like the trace's kernel steps: for a use-after-free or a
 * double free the step that freed the object and the one that touched it again; for a leak the step after
 * which nothing could free the object, and what still holds it. Read from the calls and faults the spec
 * logged, never from kernel semantics of its own.
 *
 * @param object the fault's object, or the first leak
 * @param holder for a leak: what still holds the object ("" otherwise)
 */
public record CauseAndEffect(ObjRef object, OptionalInt freedAt, OptionalInt usedAt, OptionalInt lostAt,
                             String holder) {
    public static final CauseAndEffect NONE =
            new CauseAndEffect(ObjRef.NONE, OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), "");

    public static CauseAndEffect of(Property violated, KernelTrace trace, Naming n) {
        if (trace.kernelSteps().isEmpty()) {
            return NONE;
        }
        if (violated == Property.NO_LEAK) {
            return trace.leaks().stream().findFirst().map(l -> leak(l, trace, n)).orElse(NONE);
        }
        String kind = FaultKinds.of(violated).orElse("");
        for (TraceStep s : trace.kernelSteps()) {
            for (Fault f : s.newFaults()) {
                if (f.kind().equals(kind)) {
                    OptionalInt freed = KasanReport.freedBy(f, s, trace)
                            .map(h -> OptionalInt.of(h.step().number())).orElse(OptionalInt.empty());
                    return new CauseAndEffect(f.object(), freed, OptionalInt.of(s.number()), OptionalInt.empty(), "");
                }
            }
        }
        return NONE;
    }

    private static CauseAndEffect leak(ObjRef leak, KernelTrace trace, Naming n) {
        TraceSearch search = new TraceSearch(trace);
        String id = leak.id();
        Optional<TraceSearch.Hit> lost = switch (leak.kind()) {
            case "reserved_block" -> search.lastThrough(leak, "release")
                    .or(() -> search.last(new ObjRef("file", id), "file_free"));
            case "dentry", "vfsmount" -> search.last(new ObjRef("dentry", id), "path_put")
                    .or(() -> search.last(new ObjRef("file", id), "file_free"));
            case "wait_queue", "private_data", "binder_proc" -> search.last(new ObjRef("file", id), "file_free");
            default -> search.lastOn(id);
        };
        return new CauseAndEffect(leak, OptionalInt.empty(), OptionalInt.empty(),
                lost.map(h -> OptionalInt.of(h.step().number())).orElse(OptionalInt.empty()),
                holder(leak, trace.last().state(), n));
    }

    /** What still holds a leaked object at the trace's end, in the words of the state panel. */
    private static String holder(ObjRef leak, KernelState end, Naming n) {
        String id = leak.id();
        return switch (leak.kind()) {
            case "reserved_block" -> "the block is tagged with the tgid of " + n.scenario().file(n.nodeId(id))
                    .map(f -> n.task(n.ids().tla(f.opener()))).orElse("its opener")
                    + ", and no release of a file of that tgid is left to run";
            case "dentry" -> "a dentry reference (refcount " + end.dentryRefs(id) + ") that no file holds";
            case "vfsmount" -> "a vfsmount reference (refcount " + end.mntRefs(id) + ") that no file holds";
            case "file" -> "f_count " + end.fCount(id) + " with no fd or mapping left";
            case "files_struct" -> "files_struct.count " + end.filesCount(id) + " of a dead process";
            case "device" -> "kref " + end.kref(id) + " of an unplugged device";
            default -> "nothing: " + n.name(id) + " was freed without it";
        };
    }

    public boolean isEmpty() {
        return freedAt.isEmpty() && usedAt.isEmpty() && lostAt.isEmpty();
    }

    /** One line for the text report, or "" when there is nothing to tell. */
    public String text(Naming n) {
        if (isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("Cause and effect (").append(n.object(object)).append("):");
        freedAt.ifPresent(i -> b.append(" freed here: step ").append(i).append(';'));
        usedAt.ifPresent(i -> b.append(" used here: step ").append(i).append(';'));
        lostAt.ifPresent(i -> b.append(" lost here: step ").append(i).append(';'));
        if (!holder.isEmpty()) {
            b.append(" still held: ").append(holder).append(';');
        }
        b.setLength(b.length() - 1);
        return b.append('\n').toString();
    }
}

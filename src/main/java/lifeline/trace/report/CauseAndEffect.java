package lifeline.trace.report;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import lifeline.model.Property;
import lifeline.trace.Holder;
import lifeline.trace.KernelState;
import lifeline.trace.KernelTrace;
import lifeline.trace.Naming;
import lifeline.trace.ObjRef;
import lifeline.trace.RefKind;

/**
 * The steps that tell a violation's story, numbered like the trace's kernel steps: for a use-after-free or a
 * double free the step that freed the object and the one that touched it again; for a leak the step after
 * which nothing could free the object, and what still holds it. Read from the calls and faults the spec
 * logged, never from kernel semantics of its own.
 *
 * @param object the fault's object, or the first leak
 * @param holder for a leak: what still holds the object, in words ("" otherwise)
 * @param holders for a leak: the references the spec's HeldBy logged that still hold it
 */
public record CauseAndEffect(ObjRef object, OptionalInt freedAt, OptionalInt usedAt, OptionalInt lostAt,
                             String holder, List<Holder> holders) {
    public static final CauseAndEffect NONE = new CauseAndEffect(ObjRef.NONE, OptionalInt.empty(),
            OptionalInt.empty(), OptionalInt.empty(), "", List.of());

    public CauseAndEffect {
        holders = List.copyOf(holders);
    }

    public static CauseAndEffect of(Property violated, KernelTrace trace, Naming n) {
        if (trace.kernelSteps().isEmpty()) {
            return NONE;
        }
        if (violated == Property.NO_LEAK) {
            return trace.leaks().stream().findFirst().map(l -> leak(l, trace, n)).orElse(NONE);
        }
        return trace.faultsOf(violated).stream().findFirst().map(at -> {
            OptionalInt freed = KasanReport.freedBy(at.fault(), at.step(), trace)
                    .map(h -> OptionalInt.of(h.step().number())).orElse(OptionalInt.empty());
            return new CauseAndEffect(at.fault().object(), freed, OptionalInt.of(at.step().number()),
                    OptionalInt.empty(), "", List.of());
        }).orElse(NONE);
    }

    private static CauseAndEffect leak(ObjRef leak, KernelTrace trace, Naming n) {
        TraceSearch search = new TraceSearch(trace);
        String id = leak.id();
        Optional<TraceSearch.Hit> lost = switch (leak.kind()) {
            case RESERVED_BLOCK -> search.lastThrough(leak, "release")
                    .or(() -> search.last(new ObjRef(RefKind.FILE, id), "file_free"));
            case DENTRY, VFSMOUNT -> search.last(new ObjRef(RefKind.DENTRY, id), "path_put")
                    .or(() -> search.last(new ObjRef(RefKind.FILE, id), "file_free"));
            case WAIT_QUEUE, PRIVATE_DATA, BINDER_PROC -> search.last(new ObjRef(RefKind.FILE, id), "file_free");
            default -> search.lastOn(id);
        };
        KernelState end = trace.last().state();
        List<Holder> holders = end.holders().stream().filter(h -> h.leak().equals(leak)).toList();
        return new CauseAndEffect(leak, OptionalInt.empty(), OptionalInt.empty(),
                lost.map(h -> OptionalInt.of(h.step().number())).orElse(OptionalInt.empty()),
                holders.stream().map(h -> words(h, end, n)).sorted().collect(Collectors.joining("; ")), holders);
    }

    /**
     * One reference that still holds a leak (the field and the object it lives in, as the spec's HeldBy
     * logged it) in words: "fd 4 in the fd table of mediaserver [1200], a dead process".
     */
    private static String words(Holder h, KernelState end, Naming n) {
        String id = h.owner().id();
        return switch (h.field()) {
            case "proc->files" -> "proc->files of the binder_proc of " + n.name(id);
            case "fd" -> end.fdTable(id).entrySet().stream().filter(e -> e.getValue().equals(h.leak().id()))
                    .map(e -> "fd " + e.getKey()).collect(Collectors.joining(", "))
                    + " in the fd table of " + n.task(id) + ", a dead process";
            case "vm_file" -> "the binder mapping (vm_file) of " + n.task(id) + ", a dead process";
            case "f_count" -> "f_count " + end.fCount(id) + " of " + n.name(id) + ", that no fput will drop";
            case "private_data" -> "private_data of the freed struct file " + n.name(id);
            case "tgid" -> "the driver's list of blocks under tgid " + n.tgid(id) + " (" + n.name(id)
                    + "), that no release in that tgid is left to free";
            case "path_get" -> "a path_get by the close hook of " + n.task(id);
            case "kref" -> "kref " + end.kref(id) + " of " + n.name(id) + ", that no release will put";
            case "binder_procs" -> "the binder_procs list";
            default -> h.field() + " of " + n.object(h.owner());
        };
    }

    /** Each holder in a few words, for a chip: "tgid 1200 (mediaserver)", "fd table of mediaserver". */
    public List<String> heldBriefly(Naming n) {
        return holders.stream().map(h -> brief(h, n)).sorted().toList();
    }

    private static String brief(Holder h, Naming n) {
        String id = h.owner().id();
        return switch (h.field()) {
            case "proc->files" -> "proc->files of " + n.name(id);
            case "fd" -> "fd table of " + n.name(id);
            case "vm_file" -> "mapping of " + n.name(id);
            case "f_count" -> "an f_count no fput drops";
            case "private_data" -> "freed " + n.name(id);
            case "tgid" -> "tgid " + n.tgid(id) + " (" + n.name(id) + ")";
            case "path_get" -> "close hook of " + n.name(id);
            case "kref" -> "a kref no release puts";
            case "binder_procs" -> "binder_procs list";
            default -> h.field() + " of " + n.name(id);
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

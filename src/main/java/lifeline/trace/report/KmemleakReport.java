package lifeline.trace.report;

import java.util.Optional;
import lifeline.model.DriverFile;
import lifeline.model.FileNode;
import lifeline.model.ReservedMemory;
import lifeline.trace.KernelState;
import lifeline.trace.KernelTrace;
import lifeline.trace.Naming;
import lifeline.trace.ObjRef;
import lifeline.trace.RefKind;
import lifeline.trace.TraceStep;

/** A leak written the way kmemleak reports an unreferenced object, with why nothing can free it. */
final class KmemleakReport {
    private KmemleakReport() {}

    static String render(ObjRef leak, KernelTrace trace, Naming n) {
        KernelState end = trace.last().state();
        StringBuilder b = new StringBuilder("unreferenced object: ").append(n.object(leak)).append('\n');
        b.append("  allocated by ").append(owner(leak, n)).append(", before the scenario starts\n");
        b.append("  why nothing can free it any more:\n    ").append(reason(leak, trace, end, n)).append('\n');
        return b.toString();
    }

    private static String owner(ObjRef leak, Naming n) {
        if (leak.kind() == RefKind.FILES_STRUCT) {
            return n.task(leak.id());
        }
        if (leak.kind() == RefKind.DEVICE) {
            return "device_probe";
        }
        return n.scenario().file(n.nodeId(leak.id())).map(f -> "open of " + n.name(leak.id()) + " by "
                + n.task(n.ids().tla(f.opener()))).orElse(n.name(leak.id()));
    }

    private static String reason(ObjRef leak, KernelTrace trace, KernelState end, Naming n) {
        TraceSearch search = new TraceSearch(trace);
        String id = leak.id();
        Optional<TraceSearch.Hit> freed = search.last(new ObjRef(RefKind.FILE, id), "file_free");
        String fileFreed = freed.map(h -> n.name(id) + " was freed at step " + h.step().number() + " by "
                + n.task(h.call().task())).orElse(n.name(id) + " was freed");
        return switch (leak.kind()) {
            case RESERVED_BLOCK -> reservedReason(id, search, fileFreed, n);
            case DENTRY, VFSMOUNT -> pathReason(leak, search, end, fileFreed, n);
            case FILE -> "f_count is " + end.fCount(id) + " but no live process reaches " + n.name(id)
                    + " through an fd or a mapping: a reference was taken (fget) and never put.";
            case FILES_STRUCT -> "files_struct.count is " + end.filesCount(id) + " after " + n.task(id)
                    + " died: a get_files_struct reference was never put.";
            case WAIT_QUEUE, PRIVATE_DATA -> fileFreed + ", but its driver frees the " + leak.kind().words()
                    + " in neither flush nor release.";
            case DEVICE -> "the device was unplugged and no open file uses it, but its kref is still "
                    + end.kref(id) + ": a kref_get was never put.";
            case BINDER_PROC -> fileFreed + ", but no BINDER_DEFERRED_RELEASE ran for its binder_proc.";
            default -> "nothing holds a reference to it any more.";
        };
    }

    private static String reservedReason(String f, TraceSearch search, String fileFreed, Naming n) {
        Optional<FileNode> file = n.scenario().file(n.nodeId(f));
        boolean byTgid = file.filter(x -> x instanceof DriverFile d
                && d.driver().reservedMemory() == ReservedMemory.CURRENT_TGID).isPresent();
        int openerTgid = file.map(x -> n.tgid(n.ids().tla(x.opener()))).orElse(0);
        Optional<TraceSearch.Hit> release = search.lastThrough(new ObjRef(RefKind.RESERVED_BLOCK, f), "release");
        if (byTgid && release.isPresent()) {
            String task = release.get().call().task();
            return "release of " + n.name(f) + " ran at step " + release.get().step().number() + " in "
                    + n.task(task) + "; it frees the blocks tagged with current->tgid (" + n.tgid(task)
                    + "), and this block is tagged with tgid " + openerTgid + ". " + fileFreed
                    + ", so nothing can free the block any more.";
        }
        return fileFreed + ", and its release did not free this block.";
    }

    private static String pathReason(ObjRef leak, TraceSearch search, KernelState end,
                                     String fileFreed, Naming n) {
        String f = leak.id();
        ObjRef dentry = new ObjRef(RefKind.DENTRY, f);
        long refs = leak.kind() == RefKind.DENTRY ? end.dentryRefs(f) : end.mntRefs(f);
        StringBuilder b = new StringBuilder(leak.kind().tla()).append(" refcount is ").append(refs)
                .append(" with ").append(end.fileState(f).equals("freed") ? "no open file" : "only the open file")
                .append(" holding it.");
        search.last(dentry, "path_get").ifPresent(h -> b.append(" path_get at step ")
                .append(h.step().number()).append(" took a reference;"));
        search.last(dentry, "path_put").ifPresent(h -> b.append(" the path_put at step ")
                .append(h.step().number()).append(" dropped nothing, because it read file->f_path after __fput")
                .append(" had set it to NULL."));
        b.append(' ').append(fileFreed).append('.');
        return b.toString();
    }
}

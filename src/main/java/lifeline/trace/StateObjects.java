package lifeline.trace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays a kernel state out as objects with named fields: processes, files, devices, tasks, work. The names of
 * the fields others look for (a change, a leak's field) are spelled here only.
 */
public final class StateObjects {
    public static final String STATE = "state";
    public static final String FILES_COUNT = "files_struct.count";
    public static final String OPERATIONS_LEFT = "operations left";
    public static final String F_COUNT = "f_count";
    public static final String DENTRY_REFS = "dentry refs";
    public static final String VFSMOUNT_REFS = "vfsmount refs";
    public static final String WAIT_QUEUE = "wait queue";
    public static final String PRIVATE_DATA = "private_data";
    public static final String RESERVED_BLOCK = "reserved block";
    public static final String BINDER_PROC = "binder_proc";
    public static final String DEFERRED_WORK = "deferred_work";
    public static final String KREF = "kref";
    public static final String QUEUED = "queued";

    private StateObjects() {}

    public static List<ObjectView> of(KernelState s, Naming n) {
        List<ObjectView> views = new ArrayList<>();
        for (String p : s.processes()) {
            views.add(process(s, n, p));
        }
        for (String f : s.files()) {
            views.add(file(s, n, f));
        }
        for (String d : s.devices()) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put(KREF, Long.toString(s.kref(d)));
            fields.put(STATE, s.deviceState(d));
            fields.put("unplug", s.unplugPending(d) ? "pending" : "done or none");
            views.add(new ObjectView(ObjectKind.DEVICE.key(d), n.nodeId(d), n.name(d), fields));
        }
        views.add(epoll(s, n));
        views.add(work(s, n));
        s.stacks().forEach((task, stack) -> views.add(new ObjectView(ObjectKind.TASK.key(task),
                n.ids().node(task).orElse(""), n.task(task), Map.of("stack", String.join(" > ", stack)))));
        return views;
    }

    private static ObjectView process(KernelState s, Naming n, String p) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(STATE, s.processState(p));
        fields.put(FILES_COUNT, Long.toString(s.filesCount(p)));
        s.fdTable(p).forEach((fd, f) -> fields.put("fd " + fd, "none".equals(f) ? "(closed)" : n.name(f)));
        String mapping = s.mapping(p);
        fields.put("binder mapping", "none".equals(mapping) ? "none" : n.name(mapping));
        fields.put(OPERATIONS_LEFT, Integer.toString(s.pendingOperations(p)));
        return new ObjectView(ObjectKind.PROCESS.key(p), n.nodeId(p), n.name(p), fields);
    }

    private static ObjectView file(KernelState s, Naming n, String f) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(STATE, s.fileState(f));
        fields.put(F_COUNT, Long.toString(s.fCount(f)));
        fields.put("f_path", s.pathSet(f) ? "set" : "NULL");
        fields.put(DENTRY_REFS, Long.toString(s.dentryRefs(f)));
        fields.put(VFSMOUNT_REFS, Long.toString(s.mntRefs(f)));
        putUnlessNone(fields, WAIT_QUEUE, s.waitQueue(f));
        putUnlessNone(fields, PRIVATE_DATA, s.privateData(f));
        putUnlessNone(fields, RESERVED_BLOCK, s.reservedBlock(f));
        if (!"none".equals(s.binderProc(f))) {
            fields.put(BINDER_PROC, s.binderProc(f));
            String files = s.binderFiles(f);
            fields.put("proc->files", "none".equals(files) ? "NULL" : "files_struct of " + n.name(files));
            fields.put(DEFERRED_WORK, String.join("|", s.deferredFlags(f)));
        }
        return new ObjectView(ObjectKind.FILE.key(f), n.nodeId(f), n.name(f), fields);
    }

    private static void putUnlessNone(Map<String, String> fields, String name, String value) {
        if (!"none".equals(value)) {
            fields.put(name, value);
        }
    }

    private static ObjectView epoll(KernelState s, Naming n) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (List<String> item : s.epitems()) {
            fields.put("epitem " + n.name(item.get(0)) + " -> " + n.name(item.get(1)), "on the wait queue");
        }
        return new ObjectView(ObjectKey.EPITEMS, "", "epoll watches", fields);
    }

    private static ObjectView work(KernelState s, Naming n) {
        List<String> names = s.deferredList().stream().map(b -> n.name(b) + " " + String.join("|",
                s.deferredFlags(b))).toList();
        return new ObjectView(ObjectKey.BINDER_WORK, "", "binder_deferred_list",
                Map.of(QUEUED, names.isEmpty() ? "(empty)" : String.join(", ", names)));
    }
}

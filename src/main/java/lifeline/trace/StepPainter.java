package lifeline.trace;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lifeline.model.BinderFile;
import lifeline.model.CloseHook;
import lifeline.model.DeviceNode;
import lifeline.model.DriverFile;
import lifeline.model.EpollFile;
import lifeline.model.FdLink;
import lifeline.model.FileNode;
import lifeline.model.ProcessNode;
import lifeline.model.Scenario;
import lifeline.model.Watch;
import lifeline.spec.TlaIds;

/**
 * Works out a {@link StepPicture}: reads one kernel state through the scenario's TLA+ ids and says, node by
 * node, which counts to show, what is freed, where the faults and leaks are and who moved.
 */
final class StepPainter {
    private final TraceStep step;
    private final KernelState state;
    private final Naming naming;
    private final Scenario scenario;
    private final TlaIds ids;
    /** The kinds of object (wait queue, f_count...) with a fault or leak, by scenario node. */
    private final Map<String, Set<RefKind>> faulted = new HashMap<>();
    /** The fields this step changed, by object. */
    private final Map<ObjectKey, Set<String>> changed = new HashMap<>();

    StepPainter(TraceStep step, Naming naming, Collection<ObjRef> leaks) {
        this.step = step;
        this.state = step.state();
        this.naming = naming;
        this.scenario = naming.scenario();
        this.ids = naming.ids();
        for (Fault f : state.faults()) {
            markFaulted(f.object());
        }
        leaks.forEach(this::markFaulted);
        step.changes().forEach(c -> changed.computeIfAbsent(c.objectKey(), k -> new HashSet<>()).add(c.field()));
    }

    private void markFaulted(ObjRef o) {
        if (!o.isNone()) {
            ownerOf(o).ifPresent(node -> faulted.computeIfAbsent(node, k -> new HashSet<>()).add(o.kind()));
        }
    }

    /** The scenario node an object belongs to: a file's parts to the file, a files_struct to its process. */
    private Optional<String> ownerOf(ObjRef o) {
        return ids.node(o.id());
    }

    StepPicture paint() {
        Map<String, NodePicture> nodes = new LinkedHashMap<>();
        for (ProcessNode p : scenario.processes()) {
            nodes.put(p.id(), process(ids.tla(p.id())));
        }
        for (FileNode f : scenario.files()) {
            nodes.put(f.id(), file(f, ids.tla(f.id())));
        }
        for (DeviceNode d : scenario.devices()) {
            nodes.put(d.id(), device(ids.tla(d.id())));
        }
        if (scenario.kworker() != null) {
            nodes.put(scenario.kworker().id(), kworker());
        }
        for (CloseHook h : scenario.hooks()) {
            if (h.process() != null) {
                nodes.put(h.id(), hook(ids.tla(h.process())));
            }
        }
        return new StepPicture(nodes, closedFds(), removedWatches());
    }

    private NodePicture process(String p) {
        ObjectKey key = ObjectKind.PROCESS.key(p);
        List<Mark> marks = new ArrayList<>();
        marks.add(count(key, StateObjects.FILES_COUNT, state.filesCount(p), RefKind.FILES_STRUCT));
        String ps = state.processState(p);
        if (!"running".equals(ps)) {
            marks.add(new Mark(ps, changed(key, StateObjects.STATE) ? Mark.Tone.CHANGED : Mark.Tone.PLAIN));
        }
        return new NodePicture(null, marks, "dead".equals(ps), faulted(p), p.equals(step.task()));
    }

    private NodePicture file(FileNode node, String f) {
        ObjectKey key = ObjectKind.FILE.key(f);
        Mark count = count(key, StateObjects.F_COUNT, state.fCount(f), RefKind.F_COUNT);
        List<Mark> marks = new ArrayList<>();
        String fst = state.fileState(f);
        if ("in __fput".equals(fst)) {
            marks.add(new Mark(fst, changed(key, StateObjects.STATE) ? Mark.Tone.CHANGED : Mark.Tone.PLAIN));
        }
        if (node instanceof DriverFile) {
            boolean pathFault = faultedOn(f, RefKind.DENTRY) || faultedOn(f, RefKind.VFSMOUNT);
            boolean pathChanged = changed(key, StateObjects.DENTRY_REFS) || changed(key, StateObjects.VFSMOUNT_REFS);
            marks.add(new Mark("dentry " + state.dentryRefs(f) + " \u00b7 mnt " + state.mntRefs(f),
                    pathFault ? Mark.Tone.FAULT : pathChanged ? Mark.Tone.CHANGED : Mark.Tone.PLAIN));
            part(marks, f, StateObjects.WAIT_QUEUE, state.waitQueue(f), RefKind.WAIT_QUEUE);
            part(marks, f, StateObjects.PRIVATE_DATA, state.privateData(f), RefKind.PRIVATE_DATA);
            part(marks, f, StateObjects.RESERVED_BLOCK, state.reservedBlock(f), RefKind.RESERVED_BLOCK);
        } else if (node instanceof EpollFile) {
            long items = state.epitems().stream().filter(i -> i.get(0).equals(f)).count();
            marks.add(new Mark(items + (items == 1 ? " epitem" : " epitems"),
                    changed.containsKey(ObjectKey.EPITEMS) ? Mark.Tone.CHANGED : Mark.Tone.PLAIN));
        } else if (node instanceof BinderFile) {
            part(marks, f, StateObjects.BINDER_PROC, state.binderProc(f), RefKind.BINDER_PROC);
            Set<String> flags = state.deferredFlags(f);
            if (!flags.isEmpty()) {
                marks.add(new Mark("deferred " + String.join("|", flags),
                        changed(key, StateObjects.DEFERRED_WORK) ? Mark.Tone.CHANGED : Mark.Tone.PLAIN));
            }
        }
        return new NodePicture(count, marks, "freed".equals(fst), faulted(f), false);
    }

    /** A part the file owns: shown once freed, or when it leaked with the file. */
    private void part(List<Mark> marks, String f, String label, String value, RefKind kind) {
        if ("freed".equals(value)) {
            marks.add(new Mark(label + " freed", faultedOn(f, kind) ? Mark.Tone.FAULT : Mark.Tone.FREED));
        } else if ("alive".equals(value) && faultedOn(f, kind)) {
            marks.add(new Mark(label + " leaked", Mark.Tone.FAULT));
        }
    }

    private NodePicture device(String d) {
        ObjectKey key = ObjectKind.DEVICE.key(d);
        Mark count = count(key, StateObjects.KREF, state.kref(d), RefKind.KREF);
        List<Mark> marks = new ArrayList<>();
        if (state.unplugPending(d)) {
            marks.add(Mark.plain("unplug pending"));
        }
        boolean moved = Naming.HOTPLUG.equals(step.task())
                && step.calls().stream().anyMatch(c -> c.object().id().equals(d));
        return new NodePicture(count, marks, "freed".equals(state.deviceState(d)), faulted(d), moved);
    }

    private NodePicture kworker() {
        List<Mark> marks = new ArrayList<>();
        Mark.Tone tone = changed(ObjectKey.BINDER_WORK, StateObjects.QUEUED) ? Mark.Tone.CHANGED : Mark.Tone.PLAIN;
        for (String b : new LinkedHashSet<>(state.deferredList())) {
            marks.add(new Mark("queued: " + naming.name(b) + " " + String.join("|", state.deferredFlags(b)), tone));
        }
        return new NodePicture(null, marks, false, false, Naming.KWORKER.equals(step.task()));
    }

    /** A close hook: moves when its process runs the hook's path_get or path_put, busy while inside it. */
    private NodePicture hook(String p) {
        List<Mark> marks = new ArrayList<>();
        boolean ranHook = false;
        if (p.equals(step.task())) {
            for (Call c : step.calls()) {
                String fn = c.function();
                if (fn.equals("path_get") || fn.equals("path_put")) {
                    ranHook = true;
                    marks.add(new Mark(fn + "(" + naming.name(c.object().id()) + ")", Mark.Tone.CHANGED));
                }
            }
        }
        if (marks.isEmpty() && state.stacks().getOrDefault(p, List.of()).contains("hooked_close")) {
            marks.add(Mark.plain("in the hooked close"));
        }
        return new NodePicture(null, marks, false, false, ranHook);
    }

    private Set<FdLink> closedFds() {
        Set<FdLink> closed = new LinkedHashSet<>();
        for (FdLink l : scenario.fds()) {
            Map<Integer, String> table = state.fdTable(ids.tla(l.process()));
            if (!ids.tla(l.file()).equals(table.get(l.fd()))) {
                closed.add(l);
            }
        }
        return closed;
    }

    private Set<Watch> removedWatches() {
        Set<List<String>> live = new HashSet<>(state.epitems());
        Set<Watch> removed = new LinkedHashSet<>();
        for (Watch w : scenario.watches()) {
            if (!live.contains(List.of(ids.tla(w.epoll()), ids.tla(w.target())))) {
                removed.add(w);
            }
        }
        return removed;
    }

    /** A count, written as its field and value: red where the fault is, marked when this step changed it. */
    private Mark count(ObjectKey key, String field, long value, RefKind kind) {
        Mark.Tone tone = faultedOn(key.id(), kind) ? Mark.Tone.FAULT
                : changed(key, field) ? Mark.Tone.CHANGED : Mark.Tone.PLAIN;
        return new Mark(field + " " + value, tone);
    }

    private boolean changed(ObjectKey key, String field) {
        return changed.getOrDefault(key, Set.of()).contains(field);
    }

    private boolean faulted(String tla) {
        return ids.node(tla).map(faulted::containsKey).orElse(false);
    }

    private boolean faultedOn(String tla, RefKind kind) {
        return ids.node(tla).map(n -> faulted.getOrDefault(n, Set.of()).contains(kind)).orElse(false);
    }
}

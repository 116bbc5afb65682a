package lifeline.edit;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lifeline.model.BinderFile;
import lifeline.model.CloseHook;
import lifeline.model.DriverFile;
import lifeline.model.FdLink;
import lifeline.model.FileNode;
import lifeline.model.Node;
import lifeline.model.Position;
import lifeline.model.ProcessNode;
import lifeline.model.Scenario;
import lifeline.model.Watch;
import lifeline.model.WorkqueueThread;

/**
 * Pastes a clipboard fragment with fresh ids, free names and tgids, shifted by {@code offset}. Edges among
 * the pasted nodes come along. Of the edges that leave the copied set, only an fd of a copied process on a
 * file that was not copied survives, pointing at the same file: that is a fork, whose child shares its
 * parent's open files. Every other edge to the outside is dropped: a hook's process, a file's device, a
 * watch, an fd on a pasted file held by an uncopied process. A pasted file keeps its opener if the opener
 * is still there (a binder then loses its mapping: binder_mmap maps one binder_proc per process). A copied
 * kworker is dropped if the scenario has one.
 */
public record Paste(Scenario fragment, Position offset) implements EditCommand {

    /** Old id -> new id of every node that applying this to {@code s} adds, so a caller can select them. */
    public Map<String, String> newIds(Scenario s) {
        IdAllocator fresh = new IdAllocator(s);
        Map<String, String> ids = new LinkedHashMap<>();
        for (Node n : pasted(s)) {
            ids.put(n.id(), fresh.nextId(NodeKind.of(n)));
        }
        return ids;
    }

    private List<Node> pasted(Scenario s) {
        List<Node> nodes = new ArrayList<>(fragment.nodes());
        nodes.removeIf(n -> n instanceof WorkqueueThread && s.kworker() != null);
        return nodes;
    }

    @Override
    public Scenario apply(Scenario s) {
        Map<NodeKind, Integer> counts = new EnumMap<>(NodeKind.class);
        pasted(s).forEach(n -> counts.merge(NodeKind.of(n), 1, Integer::sum));
        Bounds.refusal(s, counts).ifPresent(r -> {
            throw new EditRefusedException(r);
        });
        Map<String, String> ids = newIds(s);
        IdAllocator fresh = new IdAllocator(s);
        Scenario out = s;
        for (Node n : pasted(s)) {
            out = AddNode.add(out, remapped(s, n, ids, fresh));
        }
        return withEdges(s, out, ids);
    }

    private Node remapped(Scenario s, Node n, Map<String, String> ids, IdAllocator fresh) {
        Node m = Nodes.withPosition(Nodes.withName(Nodes.withId(n, ids.get(n.id())), fresh.freeName(n.name())),
                new Position(n.position().x() + offset.x(), n.position().y() + offset.y()));
        if (m instanceof ProcessNode) {
            ProcessNode p = (ProcessNode) m;
            return p.withTgid(fresh.freeTgid(p.tgid()));
        } else if (m instanceof FileNode) {
            return remappedFile(s, (FileNode) m, ids);
        } else if (m instanceof CloseHook) {
            return Nodes.withProcess((CloseHook) m, ids.get(((CloseHook) m).process()));
        } else if (m instanceof WorkqueueThread) {
            WorkqueueThread k = (WorkqueueThread) m;
            return new WorkqueueThread(k.id(), k.name(), fresh.kworkerTgid(), k.position());
        }
        return m;
    }

    private static FileNode remappedFile(Scenario s, FileNode f, Map<String, String> ids) {
        String opener = ids.containsKey(f.opener()) ? ids.get(f.opener())
                : f.opener() != null && s.process(f.opener()).isPresent() ? f.opener() : null;
        FileNode out = Nodes.withOpener(f, opener);
        if (out instanceof DriverFile) {
            DriverFile d = (DriverFile) out;
            String device = ids.get(d.driver().device());
            return d.withDriver(d.driver().withDevice(device, device != null && d.driver().openTakesDeviceRef()));
        } else if (out instanceof BinderFile && !ids.containsKey(f.opener())) {
            BinderFile b = (BinderFile) out;
            return new BinderFile(b.id(), b.name(), b.opener(), false, b.position());
        }
        return out;
    }

    /** Fds of pasted processes (on pasted files, or shared with the original) and watches among pasted nodes. */
    private Scenario withEdges(Scenario s, Scenario out, Map<String, String> ids) {
        List<FdLink> fds = new ArrayList<>(out.fds());
        List<FdLink> lost = new ArrayList<>();
        for (FdLink l : fragment.fds()) {
            String file = ids.containsKey(l.file()) ? ids.get(l.file()) : s.file(l.file()).map(Node::id).orElse(null);
            if (ids.containsKey(l.process()) && file != null) {
                fds.add(new FdLink(ids.get(l.process()), l.fd(), file));
            } else if (ids.containsKey(l.process())) {
                lost.add(new FdLink(ids.get(l.process()), l.fd(), l.file()));
            }
        }
        List<Watch> watches = new ArrayList<>(out.watches());
        fragment.watches().stream().filter(w -> ids.containsKey(w.epoll()) && ids.containsKey(w.target()))
                .forEach(w -> watches.add(new Watch(ids.get(w.epoll()), ids.get(w.target()))));
        Scenario result = out.withFds(fds).withWatches(watches);
        for (FdLink l : lost) {
            result = Edge.Fd.dropOperations(result, l.process(), l.fd());
        }
        return result;
    }

    @Override
    public String description() {
        return "Paste " + Nodes.objects(fragment.nodes().size());
    }
}

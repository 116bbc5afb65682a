package lifeline.edit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import lifeline.model.FileNode;
import lifeline.model.Scenario;

/**
 * Nodes deleted with everything that cannot outlive them: every edge touching them, the close hook of a
 * deleted process, the fds of deleted files and the operations on those fds. A file whose opener goes
 * loses its opener, which the validator then reports, rather than silently getting another one.
 */
public record DeleteNodes(Set<String> ids) implements EditCommand {
    public DeleteNodes {
        ids = Set.copyOf(ids);
    }

    @Override
    public Scenario apply(Scenario s) {
        ids.forEach(id -> Nodes.node(s, id));
        Set<String> gone = new HashSet<>(ids);
        s.hooks().stream().filter(h -> h.process() != null && ids.contains(h.process())).forEach(h -> gone.add(h.id()));
        Scenario out = withoutEdges(s, gone);
        out = out.withProcesses(out.processes().stream().filter(p -> !gone.contains(p.id())).toList())
                .withFiles(survivingFiles(out, gone))
                .withDevices(out.devices().stream().filter(d -> !gone.contains(d.id())).toList())
                .withHooks(out.hooks().stream().filter(h -> !gone.contains(h.id())).toList());
        return out.kworker() != null && gone.contains(out.kworker().id()) ? out.withKworker(null) : out;
    }

    /** Removes every edge touching a gone node, each the way Disconnect would (fds take their operations). */
    private static Scenario withoutEdges(Scenario s, Set<String> gone) {
        Scenario out = s;
        for (Edge e : Edge.all(s)) {
            if (gone.contains(e.from()) || gone.contains(e.to())) {
                out = e.removeFrom(out);
            }
        }
        return out;
    }

    private static List<FileNode> survivingFiles(Scenario s, Set<String> gone) {
        List<FileNode> out = new ArrayList<>();
        for (FileNode f : s.files()) {
            if (!gone.contains(f.id())) {
                out.add(gone.contains(f.opener()) ? Nodes.withOpener(f, null) : f);
            }
        }
        return out;
    }

    @Override
    public String description() {
        return "Delete " + Nodes.objects(ids.size());
    }
}

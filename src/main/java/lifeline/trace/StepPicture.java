package lifeline.trace;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lifeline.model.FdLink;
import lifeline.model.Watch;

/**
 * What the canvas shows of one step of a trace: a picture of every node it has something to say about,
 * the fd slots closed by then and the epitems removed by then (drawn as gone lines).
 */
public record StepPicture(Map<String, NodePicture> nodes, Set<FdLink> closedFds, Set<Watch> removedWatches) {
    public static final StepPicture NONE = new StepPicture(Map.of(), Set.of(), Set.of());

    public StepPicture {
        nodes = Map.copyOf(nodes);
        closedFds = Set.copyOf(closedFds);
        removedWatches = Set.copyOf(removedWatches);
    }

    /** The step as the canvas draws it; leaks are the objects to mark as leaked (empty but for a leak's end). */
    public static StepPicture of(TraceStep step, Naming naming, Collection<ObjRef> leaks) {
        return new StepPainter(step, naming, leaks).paint();
    }

    /** This picture with mark first on node id, and that node marked as where the fault is. */
    public StepPicture withFaultMark(String id, Mark mark) {
        return withMark(id, mark, true);
    }

    /** This picture with mark first on node id (a node of the story that is not where the fault is). */
    public StepPicture withMark(String id, Mark mark) {
        return withMark(id, mark, node(id).fault());
    }

    private StepPicture withMark(String id, Mark mark, boolean fault) {
        Map<String, NodePicture> all = new java.util.HashMap<>(nodes);
        NodePicture was = node(id);
        List<Mark> marks = new ArrayList<>();
        marks.add(mark);
        marks.addAll(was.marks());
        all.put(id, new NodePicture(was.count(), marks, was.freed(), fault, was.active()));
        return new StepPicture(all, closedFds, removedWatches);
    }

    public NodePicture node(String id) {
        return nodes.getOrDefault(id, NodePicture.NONE);
    }
}

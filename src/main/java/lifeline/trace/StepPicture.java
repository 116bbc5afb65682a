package lifeline.trace;

import java.util.Collection;
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

    public NodePicture node(String id) {
        return nodes.getOrDefault(id, NodePicture.NONE);
    }
}

package lifeline.trace;

import java.util.List;

/**
 * What the canvas shows of one scenario node at one step of a trace.
 *
 * @param count the node's main count at this step ("f_count 0", "kref 1"), shown in place of the count
 *              the card shows while editing; null when the node has none
 * @param marks further facts, in order: other counts, freed parts, queued work
 * @param freed the object itself is gone (freed file or device, dead process)
 * @param fault a fault or a leak of the trace is on this object or one of its parts
 * @param active the node is the task that moved in this step
 */
public record NodePicture(Mark count, List<Mark> marks, boolean freed, boolean fault, boolean active) {
    public static final NodePicture NONE = new NodePicture(null, List.of(), false, false, false);

    public NodePicture {
        marks = List.copyOf(marks);
    }
}

package lifeline.ui.canvas.gesture;

import java.util.concurrent.atomic.AtomicLong;
import lifeline.edit.MoveNodes;

/** Fresh gesture numbers for MoveNodes, so that the frames of one drag merge into one undo step. */
final class GestureIds {
    private static final AtomicLong NEXT = new AtomicLong(MoveNodes.NO_GESTURE);

    private GestureIds() {}

    static long next() {
        return NEXT.incrementAndGet();
    }
}

package lifeline.explore;

import java.util.List;
import lifeline.tlc.ExploredState;
import lifeline.trace.TraceState;

/**
 * One state of an explored run: the explorer's state (its id asks for what follows) and the same
 * state as the trace layer reads it.
 */
public record ExploreStep(ExploredState explored, TraceState state) {

    /** The invariants (TLA+ names) TLC found false in this state. */
    public List<String> violated() {
        return explored.violated();
    }
}

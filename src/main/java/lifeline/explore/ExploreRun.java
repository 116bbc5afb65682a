package lifeline.explore;

import java.util.ArrayList;
import java.util.List;
import lifeline.trace.KernelTrace;
import lifeline.trace.Naming;
import lifeline.trace.TraceState;

/** A run the user built: its states from an initial one, each a successor of the one before. */
public record ExploreRun(List<ExploreStep> steps) {
    public ExploreRun {
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a run starts with an initial state");
        }
        steps = List.copyOf(steps);
    }

    public ExploreStep last() {
        return steps.get(steps.size() - 1);
    }

    public int size() {
        return steps.size();
    }

    /** This run followed by one more step. */
    public ExploreRun then(ExploreStep next) {
        List<ExploreStep> longer = new ArrayList<>(steps);
        longer.add(next);
        return new ExploreRun(longer);
    }

    /** The run's first {@code n} states. */
    public ExploreRun upTo(int n) {
        return new ExploreRun(steps.subList(0, n));
    }

    /** The run as the trace layer shows a counterexample (steps numbered from 1). */
    public KernelTrace trace(Naming naming) {
        return KernelTrace.of(states(), naming);
    }

    List<TraceState> states() {
        return steps.stream().map(ExploreStep::state).toList();
    }
}

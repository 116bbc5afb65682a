package lifeline.ui.trace;

import java.util.ArrayList;
import java.util.List;
import lifeline.trace.TraceStep;
import lifeline.trace.report.CauseAndEffect;

/**
 * The arrows of the sequence chart, between shown steps: from the step that freed an object to the one that
 * used or freed it again, and from each step that queued binder work to the step where the kworker ran it.
 * Pure: indices into the shown steps.
 */
public record ChartArrows(int from, int to, Kind kind) {
    public enum Kind { FREED_TO_USED, QUEUED_TO_RUN }

    static final String QUEUE = "binder_defer_work";
    static final String RUN = "binder_deferred_func";

    static List<ChartArrows> of(List<TraceStep> steps, CauseAndEffect story) {
        List<ChartArrows> arrows = new ArrayList<>();
        if (story.freedAt().isPresent() && story.usedAt().isPresent()) {
            int a = holding(steps, story.freedAt().getAsInt());
            int b = holding(steps, story.usedAt().getAsInt());
            if (a >= 0 && b > a) {
                arrows.add(new ChartArrows(a, b, Kind.FREED_TO_USED));
            }
        }
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).functions().contains(QUEUE)) {
                int run = nextRun(steps, i);
                if (run > i) {
                    arrows.add(new ChartArrows(i, run, Kind.QUEUED_TO_RUN));
                }
            }
        }
        return arrows;
    }

    /** The first step after i where the kworker starts binder_deferred_func, or -1. */
    private static int nextRun(List<TraceStep> steps, int i) {
        for (int j = i + 1; j < steps.size(); j++) {
            TraceStep s = steps.get(j);
            if (s.calls().stream().anyMatch(c -> c.backtrace().size() == 1 && c.function().equals(RUN))) {
                return j;
            }
        }
        return -1;
    }

    private static int holding(List<TraceStep> steps, int kernelStep) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).holds(kernelStep)) {
                return i;
            }
        }
        return -1;
    }
}

package lifeline.trace.report;

import java.util.Set;
import java.util.TreeSet;
import lifeline.trace.Call;
import lifeline.trace.KernelTrace;
import lifeline.trace.ObjRef;
import lifeline.trace.TraceStep;

/**
 * The kernel steps that tell a violation's story: the initial state, the last step, the story's own steps
 * (freed, used, lost here), every step that touches an object of the story's file or device (its count, wait
 * queue, private data, block, dentry, binder_proc, fd slot), and, when the story ran in deferred work, the steps
 * that queued and started it. Every other step folds away in the "relevant steps" view.
 */
public final class RelevantSteps {
    private static final Set<String> DEFERRED = Set.of("binder_defer_work", "binder_deferred_func");

    private RelevantSteps() {}

    /** The numbers of the relevant kernel steps. */
    public static Set<Integer> of(KernelTrace trace, CauseAndEffect story) {
        Set<Integer> keep = new TreeSet<>();
        if (trace.kernelSteps().isEmpty()) {
            return keep;
        }
        keep.add(1);
        keep.add(trace.kernelSteps().size());
        story.freedAt().ifPresent(keep::add);
        story.usedAt().ifPresent(keep::add);
        story.lostAt().ifPresent(keep::add);
        ObjRef o = story.object();
        boolean deferred = false;
        for (TraceStep s : trace.kernelSteps()) {
            if (!o.isNone() && s.calls().stream().anyMatch(c -> touches(c, o))) {
                keep.add(s.number());
                deferred |= s.backtrace().contains("binder_deferred_func");
            }
        }
        if (deferred) {
            for (TraceStep s : trace.kernelSteps()) {
                if (s.calls().stream().anyMatch(c -> DEFERRED.contains(c.function()))) {
                    keep.add(s.number());
                }
            }
        }
        return keep;
    }

    private static boolean touches(Call c, ObjRef o) {
        return c.object().id().equals(o.id()) && !c.object().kind().equals("fd");
    }
}

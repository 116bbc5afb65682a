package lifeline.trace.report;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import lifeline.trace.Call;
import lifeline.trace.KernelState;
import lifeline.trace.KernelTrace;
import lifeline.trace.RefKind;
import lifeline.trace.TraceStep;

/**
 * The kernel steps that tell a violation's story: the initial state, the last step, the story's own steps
 * (freed, used, lost here), every step that touches an object of the story's file or device (its count, wait
 * queue, private data, block, dentry, binder_proc, fd slot), the causes of the file going away (the close of an
 * fd slot that held it, the puts of that process's files_struct), and, when the story ran in deferred work, the
 * steps that queued and started it. Every other step folds away in the "relevant steps" view.
 */
public final class RelevantSteps {
    private static final String IN_FPUT = "in __fput";
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
        Set<String> ids = storyObjects(trace, story, keep);
        boolean deferred = false;
        for (TraceStep s : trace.kernelSteps()) {
            if (s.calls().stream().anyMatch(c -> touches(c, ids))) {
                keep.add(s.number());
                deferred |= s.backtrace().contains("binder_deferred_func");
            }
        }
        keep.addAll(closes(trace, ids));
        if (deferred) {
            for (TraceStep s : trace.kernelSteps()) {
                if (s.calls().stream().anyMatch(c -> DEFERRED.contains(c.function()))) {
                    keep.add(s.number());
                }
            }
        }
        return keep;
    }

    /**
     * The ids of the story's objects: the fault's own, and each file being torn down (in __fput) at a story
     * step, whose release did the freeing, the using or the losing (seed 003's usbdev file puts the device).
     */
    private static Set<String> storyObjects(KernelTrace trace, CauseAndEffect story, Set<Integer> storySteps) {
        Set<String> ids = new TreeSet<>();
        if (story.object().isNone()) {
            return ids;
        }
        ids.add(story.object().id());
        for (int n : storySteps) {
            KernelState at = trace.kernelStep(n).state();
            for (String f : at.files()) {
                if (IN_FPUT.equals(at.fileState(f))) {
                    ids.add(f);
                }
            }
        }
        return ids;
    }

    /**
     * The causes of the story's file going away: each step after which an fd slot that held the file holds
     * it no more (the close that starts the chain), and each step on the files_struct of a process whose fd
     * slot it was (the last put_files_struct starts close_files). Read from the states' fd tables.
     */
    private static Set<Integer> closes(KernelTrace trace, Set<String> ids) {
        Set<Integer> keep = new TreeSet<>();
        Set<String> holders = new TreeSet<>();
        List<TraceStep> steps = trace.kernelSteps();
        for (int k = 1; k < steps.size(); k++) {
            KernelState before = steps.get(k - 1).state();
            KernelState after = steps.get(k).state();
            for (String p : before.processes()) {
                Map<Integer, String> now = after.fdTable(p);
                boolean closed = before.fdTable(p).entrySet().stream()
                        .anyMatch(e -> ids.contains(e.getValue()) && !e.getValue().equals(now.get(e.getKey())));
                if (closed) {
                    keep.add(steps.get(k).number());
                    holders.add(p);
                }
            }
        }
        for (TraceStep s : steps) {
            if (s.calls().stream().anyMatch(c -> c.object().kind() == RefKind.FILES_STRUCT
                    && holders.contains(c.object().id()))) {
                keep.add(s.number());
            }
        }
        return keep;
    }

    private static boolean touches(Call c, Set<String> ids) {
        return ids.contains(c.object().id()) && c.object().kind() != RefKind.FD;
    }
}

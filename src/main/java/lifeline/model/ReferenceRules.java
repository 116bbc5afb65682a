package lifeline.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Openers, devices and close hooks: the edges that are fields of nodes rather than lists of their own. */
final class ReferenceRules {
    private ReferenceRules() {}

    static void check(Scenario s, NodeIndex index, List<Problem> out) {
        Map<String, BinderFile> mappedBy = new HashMap<>();
        for (FileNode f : s.files()) {
            checkOpener(f, index, out);
            if (f instanceof DriverFile d && d.driver().device() != null
                    && index.device(d.driver().device()).isEmpty()) {
                out.add(new Problem(Where.node(f), "is opened on device " + Where.ref(index, d.driver().device())
                        + ", but " + index.missing(d.driver().device(), "device")));
            }
            if (f instanceof BinderFile b && b.mmapped() && index.process(b.opener()).isPresent()) {
                BinderFile first = mappedBy.putIfAbsent(b.opener(), b);
                if (first != null) {
                    out.add(new Problem(Where.node(b), Where.node(index.process(b.opener()).get())
                            + " already has the mmapped binder " + Where.named(first)
                            + "; binder_mmap maps one binder_proc per process"));
                }
            }
        }
        checkHooks(s, index, out);
    }

    private static void checkOpener(FileNode f, NodeIndex index, List<Problem> out) {
        if (index.process(f.opener()).isPresent()) {
            return;
        }
        String why = index.missing(f.opener(), "process");
        out.add(new Problem(Where.node(f), f instanceof BinderFile
                ? "a binder without a process: its binder_proc belongs to its opener, but " + why
                : "its opener must be a process, but " + why));
    }

    private static void checkHooks(Scenario s, NodeIndex index, List<Problem> out) {
        Map<String, CloseHook> hookOf = new HashMap<>();
        for (CloseHook h : s.hooks()) {
            Optional<ProcessNode> p = index.process(h.process());
            if (p.isEmpty()) {
                out.add(new Problem(Where.node(h), "wraps close for a process, but "
                        + index.missing(h.process(), "process")));
                continue;
            }
            CloseHook first = hookOf.putIfAbsent(h.process(), h);
            if (first != null) {
                out.add(new Problem(Where.node(h), Where.node(p.get()) + " already has the close hook "
                        + Where.named(first) + "; at most one close hook per process"));
            }
        }
    }
}

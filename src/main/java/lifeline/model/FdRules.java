package lifeline.model;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Fd tables and the operations on them: what gives every file its initial f_count. */
final class FdRules {
    /** The default RLIMIT_NOFILE is 1024, so fds run from 0 to 1023. */
    static final int MAX_FD = 1023;

    /** One entry of one fd table; the process may be null in an unfinished scenario. */
    private record SlotKey(String process, int fd) {}

    private FdRules() {}

    static void check(Scenario s, NodeIndex index, List<Problem> out) {
        checkSlots(s, index, out);
        checkHeld(s, out);
        for (ProcessNode p : s.processes()) {
            checkOperations(s, index, p, out);
        }
    }

    private static void checkSlots(Scenario s, NodeIndex index, List<Problem> out) {
        Map<SlotKey, FdLink> slots = new HashMap<>();
        for (FdLink link : s.fds()) {
            String where = Where.fd(index, link);
            if (index.process(link.process()).isEmpty()) {
                out.add(new Problem(where, "is in the fd table of a process, but "
                        + index.missing(link.process(), "process")));
            }
            if (index.file(link.file()).isEmpty()) {
                out.add(new Problem(where, "must point at a file, but " + index.missing(link.file(), "file")));
            }
            if (link.fd() < 0 || link.fd() > MAX_FD) {
                out.add(new Problem(where, "EBADF: fd numbers run from 0 to " + MAX_FD
                        + " (the default RLIMIT_NOFILE of 1024)"));
            }
            FdLink first = slots.putIfAbsent(new SlotKey(link.process(), link.fd()), link);
            if (first != null) {
                out.add(new Problem(where, Objects.equals(first.file(), link.file())
                        ? "is listed twice"
                        : "already points at " + Where.ref(index, first.file()) + "; an fd slot holds one file"));
            }
        }
    }

    /** Like Scenario.fileAt, but safe with the null references an unfinished scenario may hold. */
    private static Optional<FdLink> slot(Scenario s, String process, int fd) {
        return s.fds().stream().filter(l -> process.equals(l.process()) && l.fd() == fd).findFirst();
    }

    /** Why a file has no wait queue; binder has binder_poll in the kernel, but not in this model. */
    static String noPoll(FileNode f) {
        return f instanceof BinderFile ? "Lifeline does not model binder_poll"
                : "its driver does not implement poll";
    }

    private static void checkHeld(Scenario s, List<Problem> out) {
        Set<String> held = new HashSet<>();
        s.fds().forEach(l -> held.add(l.file()));
        for (FileNode f : s.files()) {
            boolean mapped = f instanceof BinderFile b && b.mmapped();
            if (!held.contains(f.id()) && !mapped) {
                out.add(new Problem(Where.node(f),
                        "no fd slot or binder mapping holds it, so its f_count would start at 0"));
            }
        }
    }

    private static void checkOperations(Scenario s, NodeIndex index, ProcessNode p, List<Problem> out) {
        Set<Operation> seen = new HashSet<>();
        for (Operation op : p.operations()) {
            String where = Where.operation(p, op);
            Optional<FdLink> slot = slot(s, p.id(), op.fd());
            if (slot.isEmpty()) {
                out.add(new Problem(where, "no fd " + op.fd() + " in the fd table of " + Where.node(p)));
            } else if (op instanceof Operation.Wake) {
                index.file(slot.get().file()).filter(f -> !f.pollable()).ifPresent(f -> out.add(new Problem(where,
                        "wake_up needs a wait queue, and " + Where.node(f) + " has none: " + noPoll(f))));
            }
            if (!seen.add(op) && p.order() == OperationOrder.ANY) {
                out.add(new Problem(where, "is listed twice; in any order each operation runs exactly once"
                        + " (in program order a list may repeat one)"));
            }
        }
    }
}

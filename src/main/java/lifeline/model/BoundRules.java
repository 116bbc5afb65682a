package lifeline.model;

import java.util.List;

/** Size limits that keep the state space finite and small enough for TLC to check in reasonable time. */
final class BoundRules {
    static final int MAX_PROCESSES = 8;
    static final int MAX_FILES = 16;
    static final int MAX_DEVICES = 8;
    static final int MAX_HOOKS = 8;
    static final int MAX_FD_SLOTS = 64;
    static final int MAX_WATCHES_PER_EPOLL = 8;
    static final int MAX_OPERATIONS_PER_PROCESS = 8;

    private static final String WHY = ", so that the state space stays finite and checkable";

    private BoundRules() {}

    static void check(Scenario s, List<Problem> out) {
        for (ProcessNode p : s.processes()) {
            limit(Where.node(p), p.operations().size(), MAX_OPERATIONS_PER_PROCESS, "operations", "per process", out);
        }
        for (FileNode f : s.files()) {
            if (f instanceof EpollFile) {
                long n = s.watches().stream().filter(w -> f.id().equals(w.epoll())).count();
                limit(Where.node(f), (int) n, MAX_WATCHES_PER_EPOLL, "watches", "per epoll", out);
            }
        }
        limit(Where.SCENARIO, s.processes().size(), MAX_PROCESSES, "processes", "in a scenario", out);
        limit(Where.SCENARIO, s.files().size(), MAX_FILES, "files", "in a scenario", out);
        limit(Where.SCENARIO, s.devices().size(), MAX_DEVICES, "devices", "in a scenario", out);
        limit(Where.SCENARIO, s.hooks().size(), MAX_HOOKS, "close hooks", "in a scenario", out);
        limit(Where.SCENARIO, s.fds().size(), MAX_FD_SLOTS, "fd slots", "in all fd tables together", out);
    }

    private static void limit(String where, int count, int max, String what, String scope, List<Problem> out) {
        if (count > max) {
            out.add(new Problem(where, count + " " + what + "; Lifeline checks at most " + max + " " + what
                    + " " + scope + WHY));
        }
    }
}

package lifeline.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks that a scenario is a state the kernel could be in (kernel-model §2 and §6) and small
 * enough to check. Pure: callers decide whether a problem blocks saving, checking, or nothing.
 */
public final class ScenarioValidator {
    /** Limits a scenario must stay within; the rules say why each one exists. */
    public static final int MAX_PROCESSES = BoundRules.MAX_PROCESSES;
    public static final int MAX_FILES = BoundRules.MAX_FILES;
    public static final int MAX_DEVICES = BoundRules.MAX_DEVICES;
    public static final int MAX_HOOKS = BoundRules.MAX_HOOKS;
    public static final int MAX_FD_SLOTS = BoundRules.MAX_FD_SLOTS;
    public static final int MAX_WATCHES_PER_EPOLL = BoundRules.MAX_WATCHES_PER_EPOLL;
    public static final int MAX_OPERATIONS_PER_PROCESS = BoundRules.MAX_OPERATIONS_PER_PROCESS;
    public static final int MAX_FD = FdRules.MAX_FD;
    public static final int MAX_TGID = IdentityRules.MAX_TGID;

    private ScenarioValidator() {}

    /**
     * Every problem of the scenario, in a deterministic order: identities, then node references, fds
     * and operations, watches, and size limits, each in the order of the scenario's lists.
     */
    public static List<Problem> validate(Scenario scenario) {
        List<Problem> out = new ArrayList<>();
        NodeIndex index = new NodeIndex(scenario);
        IdentityRules.check(scenario, out);
        ReferenceRules.check(scenario, index, out);
        FdRules.check(scenario, index, out);
        WatchRules.check(scenario, index, out);
        BoundRules.check(scenario, out);
        return List.copyOf(out);
    }

    /** Returns the scenario if it has no problems. */
    public static Scenario requireValid(Scenario scenario) {
        List<Problem> problems = validate(scenario);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return scenario;
    }
}

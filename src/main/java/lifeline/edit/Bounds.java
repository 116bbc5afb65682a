package lifeline.edit;

import java.util.Map;
import java.util.Optional;
import lifeline.model.Scenario;
import lifeline.model.ScenarioValidator;

/** The validator's limits on how many objects of a kind a scenario may have, checked before adding any. */
final class Bounds {
    private Bounds() {}

    /** Why adding {@code more} nodes of each kind is refused; empty when they fit. */
    static Optional<String> refusal(Scenario s, Map<NodeKind, Integer> more) {
        int files = more.getOrDefault(NodeKind.DRIVER_FILE, 0) + more.getOrDefault(NodeKind.EPOLL, 0)
                + more.getOrDefault(NodeKind.BINDER, 0);
        int kworkers = more.getOrDefault(NodeKind.WORKQUEUE_THREAD, 0) + (s.kworker() == null ? 0 : 1);
        if (more.getOrDefault(NodeKind.WORKQUEUE_THREAD, 0) > 0 && kworkers > 1) {
            return Optional.of("The scenario already has the binder kworker: the \"binder\" workqueue has one thread");
        }
        return over(s.processes().size(), more.getOrDefault(NodeKind.PROCESS, 0),
                ScenarioValidator.MAX_PROCESSES, "processes")
                .or(() -> over(s.files().size(), files, ScenarioValidator.MAX_FILES, "files"))
                .or(() -> over(s.devices().size(), more.getOrDefault(NodeKind.DEVICE, 0),
                        ScenarioValidator.MAX_DEVICES, "devices"))
                .or(() -> over(s.hooks().size(), more.getOrDefault(NodeKind.CLOSE_HOOK, 0),
                        ScenarioValidator.MAX_HOOKS, "close hooks"));
    }

    private static Optional<String> over(int have, int more, int max, String what) {
        if (more == 0 || have + more <= max) {
            return Optional.empty();
        }
        return Optional.of("Lifeline checks at most " + max + " " + what + " in a scenario, so that the state space"
                + " stays finite and checkable; this one has " + have);
    }
}

package lifeline.ui.trace;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import lifeline.model.BinderFile;
import lifeline.model.Scenario;
import lifeline.trace.KernelTrace;
import lifeline.trace.Naming;
import lifeline.trace.TraceStep;

/**
 * The lanes of the sequence chart: every process, then the binder kworker and hotplug when the
 * scenario has them or they run in the trace.
 */
final class Lanes {
    private Lanes() {}

    static List<String> of(KernelTrace trace, Naming n) {
        if (trace == null || trace.size() == 0) {
            return List.of();
        }
        Set<String> moved = new LinkedHashSet<>();
        trace.steps().forEach(s -> {
            if (!s.isInitial()) {
                moved.add(s.task());
            }
        });
        Scenario scenario = n == null ? null : n.scenario();
        List<String> processes = new ArrayList<>();
        List<String> others = new ArrayList<>();
        TraceStep first = trace.steps().get(0);
        for (String task : first.state().stacks().keySet()) {
            boolean isProcess = n != null && n.ids().node(task).flatMap(scenario::process).isPresent();
            if (isProcess) {
                processes.add(task);
            } else if (moved.contains(task) || exists(task, scenario)) {
                others.add(task);
            }
        }
        others.sort((a, b) -> Integer.compare(rank(a), rank(b)));
        for (String task : moved) {
            if (!processes.contains(task) && !others.contains(task)) {
                others.add(task);
            }
        }
        List<String> lanes = new ArrayList<>(processes);
        lanes.addAll(others);
        return lanes;
    }

    private static boolean exists(String task, Scenario s) {
        if (s == null) {
            return true;
        }
        if (Naming.KWORKER.equals(task)) {
            return s.kworker() != null || s.files().stream().anyMatch(f -> f instanceof BinderFile);
        }
        if (Naming.HOTPLUG.equals(task)) {
            return !s.devices().isEmpty();
        }
        return false;
    }

    private static int rank(String task) {
        return Naming.KWORKER.equals(task) ? 0 : Naming.HOTPLUG.equals(task) ? 1 : 2;
    }
}

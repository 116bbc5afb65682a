package lifeline.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A scenario: the kernel state after all opens, dups, forks, mmaps and epoll_ctl calls, plus
 * what each process does next. Immutable; edits make new scenarios.
 *
 * @param kworker the binder workqueue thread, or null when the scenario has none drawn
 */
public record Scenario(String title, String description, List<ProcessNode> processes, List<FileNode> files,
                       List<DeviceNode> devices, List<CloseHook> hooks, WorkqueueThread kworker,
                       List<FdLink> fds, List<Watch> watches, Set<Property> properties) {

    /** The tgid the binder kworker gets when none is drawn. */
    public static final int DEFAULT_KWORKER_TGID = 2;

    public Scenario {
        title = title == null ? "" : title;
        description = description == null ? "" : description;
        processes = List.copyOf(processes);
        files = List.copyOf(files);
        devices = List.copyOf(devices);
        hooks = List.copyOf(hooks);
        fds = List.copyOf(fds);
        watches = List.copyOf(watches);
        properties = properties.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.noneOf(Property.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(properties));
    }

    public static Scenario empty() {
        return new Scenario("", "", List.of(), List.of(), List.of(), List.of(), null, List.of(), List.of(),
                Property.defaults());
    }

    /** Every node, in a stable order: processes, files, devices, hooks, the kworker. */
    public List<Node> nodes() {
        List<Node> all = new ArrayList<>();
        all.addAll(processes);
        all.addAll(files);
        all.addAll(devices);
        all.addAll(hooks);
        if (kworker != null) {
            all.add(kworker);
        }
        return all;
    }

    public Optional<Node> node(String id) {
        return nodes().stream().filter(n -> n.id().equals(id)).findFirst();
    }

    public Optional<ProcessNode> process(String id) {
        return processes.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<FileNode> file(String id) {
        return files.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    public Optional<DeviceNode> device(String id) {
        return devices.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /** The fd slots of one process, in the order they were drawn. */
    public Stream<FdLink> fdsOf(String processId) {
        return fds.stream().filter(l -> l.process().equals(processId));
    }

    /** The file on fd of process, if any. */
    public Optional<String> fileAt(String processId, int fd) {
        return fdsOf(processId).filter(l -> l.fd() == fd).map(FdLink::file).findFirst();
    }

    public Optional<CloseHook> hookOf(String processId) {
        return hooks.stream().filter(h -> processId.equals(h.process())).findFirst();
    }

    public int kworkerTgid() {
        return kworker == null ? DEFAULT_KWORKER_TGID : kworker.tgid();
    }

    public Scenario withProperties(Set<Property> props) {
        return new Scenario(title, description, processes, files, devices, hooks, kworker, fds, watches, props);
    }

    public Scenario withProcesses(List<ProcessNode> ps) {
        return new Scenario(title, description, ps, files, devices, hooks, kworker, fds, watches, properties);
    }

    public Scenario withFiles(List<FileNode> fs) {
        return new Scenario(title, description, processes, fs, devices, hooks, kworker, fds, watches, properties);
    }

    public Scenario withDevices(List<DeviceNode> ds) {
        return new Scenario(title, description, processes, files, ds, hooks, kworker, fds, watches, properties);
    }

    public Scenario withHooks(List<CloseHook> hs) {
        return new Scenario(title, description, processes, files, devices, hs, kworker, fds, watches, properties);
    }

    public Scenario withKworker(WorkqueueThread k) {
        return new Scenario(title, description, processes, files, devices, hooks, k, fds, watches, properties);
    }

    public Scenario withFds(List<FdLink> links) {
        return new Scenario(title, description, processes, files, devices, hooks, kworker, links, watches,
                properties);
    }

    public Scenario withWatches(List<Watch> ws) {
        return new Scenario(title, description, processes, files, devices, hooks, kworker, fds, ws, properties);
    }

    public Scenario withTitle(String t, String d) {
        return new Scenario(t, d, processes, files, devices, hooks, kworker, fds, watches, properties);
    }

    /** The problems {@link ScenarioValidator} finds; empty when the scenario can be checked. */
    public List<Problem> problems() {
        return ScenarioValidator.validate(this);
    }
}

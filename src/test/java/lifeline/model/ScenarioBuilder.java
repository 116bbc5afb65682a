package lifeline.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Builds scenarios in tests, in the words of the kernel: processes, opens, dups, forks, watches. */
public final class ScenarioBuilder {
    private final String title;
    private final List<ProcessNode> processes = new ArrayList<>();
    private final List<FileNode> files = new ArrayList<>();
    private final List<DeviceNode> devices = new ArrayList<>();
    private final List<CloseHook> hooks = new ArrayList<>();
    private final List<FdLink> fds = new ArrayList<>();
    private final List<Watch> watches = new ArrayList<>();
    private WorkqueueThread kworker;
    private Set<Property> properties = Property.defaults();

    public ScenarioBuilder(String title) {
        this.title = title;
    }

    /** A process whose operations run in any order, as in a version-1 file. */
    public ScenarioBuilder process(String id, int tgid, boolean exits, Operation... ops) {
        return process(id, tgid, exits, OperationOrder.ANY, ops);
    }

    /** A process whose operations run in the order given, like the syscalls of a reproducer. */
    public ScenarioBuilder program(String id, int tgid, boolean exits, Operation... ops) {
        return process(id, tgid, exits, OperationOrder.PROGRAM, ops);
    }

    public ScenarioBuilder process(String id, int tgid, boolean exits, OperationOrder order, Operation... ops) {
        processes.add(new ProcessNode(id, id.toLowerCase(), tgid, exits, order, List.of(ops), Position.ORIGIN));
        return this;
    }

    public ScenarioBuilder driverFile(String id, String opener, UnaryOperator<Driver> behaviour) {
        files.add(new DriverFile(id, "/dev/" + id.toLowerCase(), opener, behaviour.apply(Driver.plain("drv")),
                Position.ORIGIN));
        return this;
    }

    public ScenarioBuilder epoll(String id, String opener) {
        files.add(new EpollFile(id, "epoll-" + id.toLowerCase(), opener, Position.ORIGIN));
        return this;
    }

    public ScenarioBuilder binder(String id, String opener, boolean mmapped) {
        files.add(new BinderFile(id, "binder-" + id.toLowerCase(), opener, mmapped, Position.ORIGIN));
        return this;
    }

    public ScenarioBuilder device(String id, Unplug unplug) {
        devices.add(new DeviceNode(id, "dev-" + id.toLowerCase(), unplug, Position.ORIGIN));
        return this;
    }

    public ScenarioBuilder hook(String process, PathCapture capture) {
        hooks.add(new CloseHook("H" + (hooks.size() + 1), "hook-" + process.toLowerCase(), process, capture,
                Position.ORIGIN));
        return this;
    }

    public ScenarioBuilder kworker(int tgid) {
        kworker = new WorkqueueThread("K", "kworker", tgid, Position.ORIGIN);
        return this;
    }

    public ScenarioBuilder fd(String process, int fd, String file) {
        fds.add(new FdLink(process, fd, file));
        return this;
    }

    public ScenarioBuilder watch(String epoll, String target) {
        watches.add(new Watch(epoll, target));
        return this;
    }

    public ScenarioBuilder properties(Set<Property> props) {
        properties = props;
        return this;
    }

    public Scenario build() {
        return new Scenario(title, "", processes, files, devices, hooks, kworker, fds, watches, properties);
    }

    public static Driver pollable(Driver d, FreeSite waitQueueFreedIn) {
        return new Driver(d.name(), true, waitQueueFreedIn, d.privateDataFreedIn(), d.reservedMemory(), d.device(),
                d.openTakesDeviceRef());
    }

    public static Driver privateData(Driver d, FreeSite site) {
        return new Driver(d.name(), d.pollable(), d.waitQueueFreedIn(), site, d.reservedMemory(), d.device(),
                d.openTakesDeviceRef());
    }

    public static Driver reserved(Driver d, ReservedMemory r) {
        return new Driver(d.name(), d.pollable(), d.waitQueueFreedIn(), d.privateDataFreedIn(), r, d.device(),
                d.openTakesDeviceRef());
    }

    public static Operation close(int fd) {
        return new Operation.Close(fd);
    }

    public static Operation wake(int fd) {
        return new Operation.Wake(fd);
    }

    public static Operation ioctl(int fd, FputBalance b) {
        return new Operation.Ioctl(fd, b);
    }
}

package lifeline.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import lifeline.model.BinderFile;
import lifeline.model.CloseHook;
import lifeline.model.DeviceNode;
import lifeline.model.Driver;
import lifeline.model.DriverFile;
import lifeline.model.EpollFile;
import lifeline.model.FdLink;
import lifeline.model.FileNode;
import lifeline.model.FputBalance;
import lifeline.model.FreeSite;
import lifeline.model.Operation;
import lifeline.model.OperationOrder;
import lifeline.model.PathCapture;
import lifeline.model.Position;
import lifeline.model.ProcessNode;
import lifeline.model.Property;
import lifeline.model.ReservedMemory;
import lifeline.model.Scenario;
import lifeline.model.Unplug;
import lifeline.model.Watch;
import lifeline.model.WorkqueueThread;

/**
 * Builds a scenario from the JSON tree of a file of version 1 or 2. The keys it reads from an
 * object are that object's known keys: any other key is refused as a typo (a misspelt optional key
 * would otherwise silently take its default). It does not validate the scenario.
 */
final class ScenarioReader {
    private static final List<String> KINDS = List.of("driver", "epoll", "binder");
    private static final List<String> OPS = List.of("close", "wake", "ioctl");

    private ScenarioReader() {}

    static Scenario scenario(Place root) throws ScenarioFormatException {
        return whole(root, ScenarioReader::scenarioObject);
    }

    private static Scenario scenarioObject(Place root) throws ScenarioFormatException {
        int version = checkFormat(root);
        String title = text(root, "title", "");
        String description = text(root, "description", "");
        Set<Property> properties = properties(root);
        List<ProcessNode> processes = each(root, "processes", p -> process(p, version));
        List<FileNode> files = each(root, "files", ScenarioReader::file);
        List<DeviceNode> devices = each(root, "devices", ScenarioReader::device);
        List<CloseHook> hooks = each(root, "hooks", ScenarioReader::hook);
        WorkqueueThread kworker = root.lacks("kworker") ? null : whole(root.child("kworker"), ScenarioReader::kworker);
        List<FdLink> fds = each(root, "fds",
                l -> new FdLink(l.key("process").textOrNull(), l.key("fd").whole(), l.key("file").textOrNull()));
        List<Watch> watches = each(root, "watches",
                w -> new Watch(w.key("epoll").textOrNull(), w.key("target").textOrNull()));
        return new Scenario(title, description, processes, files, devices, hooks, kworker, fds, watches,
                properties);
    }

    /** The format and version come first: a newer file may differ in any other way. Returns the version. */
    private static int checkFormat(Place root) throws ScenarioFormatException {
        if (!root.node().has("format")) {
            throw root.error("missing required key \"format\"; is this a Lifeline scenario file?");
        }
        Place format = root.child("format");
        if (!format.node().isTextual() || !format.node().textValue().equals(ScenarioJson.FORMAT)) {
            throw format.error("expected \"" + ScenarioJson.FORMAT + "\", found " + Place.describe(format.node())
                    + "; is this a Lifeline scenario file?");
        }
        int version = root.key("version").whole();
        if (version > ScenarioJson.VERSION) {
            throw root.child("version").error("written by a newer Lifeline (version " + version
                    + "); this one reads up to " + ScenarioJson.VERSION);
        }
        if (version < 1) {
            throw root.child("version").error("there is no version " + version + "; versions start at 1");
        }
        return version;
    }

    private static Set<Property> properties(Place root) throws ScenarioFormatException {
        if (root.lacks("properties")) {
            return Property.defaults();
        }
        Set<Property> props = EnumSet.noneOf(Property.class);
        for (Place p : root.child("properties").elements()) {
            props.add(p.choice("property", Arrays.asList(Property.values()), Property::tlaName));
        }
        return props;
    }

    private static ProcessNode process(Place p, int version) throws ScenarioFormatException {
        String id = p.key("id").text();
        String name = p.key("name").text();
        int tgid = p.key("tgid").whole();
        boolean exits = bool(p, "exits", false);
        OperationOrder order = order(p, version);
        List<Operation> ops = each(p, "operations", ScenarioReader::operation);
        return new ProcessNode(id, name, tgid, exits, order, ops, position(p));
    }

    /** Version 1 knew only "each once, in any order"; from version 2 a process says, program order by default. */
    private static OperationOrder order(Place p, int version) throws ScenarioFormatException {
        if (version < 2) {
            return OperationOrder.ANY;
        }
        return p.lacks("order") ? OperationOrder.PROGRAM
                : p.child("order").choice("order", List.of(OperationOrder.values()), Names::of);
    }

    private static Operation operation(Place op) throws ScenarioFormatException {
        String kind = op.key("op").choice("operation", OPS, s -> s);
        int fd = op.key("fd").whole();
        switch (kind) {
            case "close":
                return new Operation.Close(fd);
            case "wake":
                return new Operation.Wake(fd);
            default:
                FputBalance balance = op.lacks("fput") ? FputBalance.BALANCED
                        : op.child("fput").choice("fput", List.of(FputBalance.values()), Names::of);
                return new Operation.Ioctl(fd, balance);
        }
    }

    private static FileNode file(Place f) throws ScenarioFormatException {
        String id = f.key("id").text();
        String kind = f.key("kind").choice("kind", KINDS, s -> s);
        String name = f.key("name").text();
        String opener = f.key("opener").textOrNull();
        switch (kind) {
            case "driver":
                return new DriverFile(id, name, opener, whole(f.key("driver"), ScenarioReader::driver), position(f));
            case "epoll":
                return new EpollFile(id, name, opener, position(f));
            default:
                return new BinderFile(id, name, opener, bool(f, "mmapped", false), position(f));
        }
    }

    private static Driver driver(Place d) throws ScenarioFormatException {
        FreeSite waitQueue = d.lacks("waitQueueFreedIn") ? FreeSite.RELEASE
                : d.child("waitQueueFreedIn").choice("free site", Names.WAIT_QUEUE_SITES, Names::of);
        FreeSite privateData = d.lacks("privateDataFreedIn") ? FreeSite.NONE
                : d.child("privateDataFreedIn").choice("free site", List.of(FreeSite.values()), Names::of);
        ReservedMemory reserved = d.lacks("reservedMemory") ? ReservedMemory.NONE
                : d.child("reservedMemory").choice("reserved memory", List.of(ReservedMemory.values()), Names::of);
        String device = d.lacks("device") ? null : d.child("device").text();
        return new Driver(text(d, "name", ""), bool(d, "pollable", false), waitQueue, privateData, reserved,
                device, bool(d, "openTakesDeviceRef", false));
    }

    private static DeviceNode device(Place d) throws ScenarioFormatException {
        Unplug unplug = d.lacks("unplug") ? Unplug.NONE
                : d.child("unplug").choice("unplug", List.of(Unplug.values()), Names::of);
        return new DeviceNode(d.key("id").text(), d.key("name").text(), unplug, position(d));
    }

    private static CloseHook hook(Place h) throws ScenarioFormatException {
        PathCapture capture = h.lacks("capture") ? PathCapture.POINTER
                : h.child("capture").choice("capture", List.of(PathCapture.values()), Names::of);
        return new CloseHook(h.key("id").text(), h.key("name").text(), h.key("process").textOrNull(), capture,
                position(h));
    }

    private static WorkqueueThread kworker(Place k) throws ScenarioFormatException {
        return new WorkqueueThread(k.key("id").text(), k.key("name").text(), k.key("tgid").whole(), position(k));
    }

    private static Position position(Place owner) throws ScenarioFormatException {
        if (owner.lacks("position")) {
            return Position.ORIGIN;
        }
        return whole(owner.child("position"), p -> new Position(p.key("x").number(), p.key("y").number()));
    }

    /** Reads one object of the file; the reader's counterpart of a Function that may refuse. */
    private interface ObjectReader<T> {
        T read(Place object) throws ScenarioFormatException;
    }

    /** An optional array of objects: absent or null is empty. */
    private static <T> List<T> each(Place owner, String key, ObjectReader<T> reader) throws ScenarioFormatException {
        if (owner.lacks(key)) {
            return List.of();
        }
        List<T> out = new ArrayList<>();
        for (Place e : owner.child(key).elements()) {
            out.add(whole(e, reader));
        }
        return out;
    }

    /** Reads an object, then refuses any key the reader did not ask for. */
    private static <T> T whole(Place object, ObjectReader<T> reader) throws ScenarioFormatException {
        T value = reader.read(object.object());
        object.refuseUnknownKeys();
        return value;
    }

    private static String text(Place owner, String key, String otherwise) throws ScenarioFormatException {
        return owner.lacks(key) ? otherwise : owner.child(key).text();
    }

    private static boolean bool(Place owner, String key, boolean otherwise) throws ScenarioFormatException {
        return owner.lacks(key) ? otherwise : owner.child(key).bool();
    }
}

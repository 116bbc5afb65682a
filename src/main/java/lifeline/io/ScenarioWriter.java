package lifeline.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Function;
import lifeline.model.BinderFile;
import lifeline.model.CloseHook;
import lifeline.model.DeviceNode;
import lifeline.model.Driver;
import lifeline.model.DriverFile;
import lifeline.model.EpollFile;
import lifeline.model.FdLink;
import lifeline.model.FileNode;
import lifeline.model.Operation;
import lifeline.model.Position;
import lifeline.model.ProcessNode;
import lifeline.model.Property;
import lifeline.model.Scenario;
import lifeline.model.Watch;
import lifeline.model.WorkqueueThread;

/** Turns a scenario into the JSON tree of format version 2, keys in the documented order. */
final class ScenarioWriter {
    /** Beyond 2^53 not every whole number is a double, so such coordinates keep double notation. */
    private static final double EXACT_WHOLE_LIMIT = 0x1p53;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ScenarioWriter() {}

    static ObjectNode tree(Scenario s) {
        ObjectNode root = NODES.objectNode();
        root.put("format", ScenarioJson.FORMAT);
        root.put("version", ScenarioJson.VERSION);
        root.put("title", s.title());
        root.put("description", s.description());
        ArrayNode props = root.putArray("properties");
        for (Property p : Property.values()) {
            if (s.properties().contains(p)) {
                props.add(p.tlaName());
            }
        }
        root.set("processes", array(s.processes(), ScenarioWriter::process));
        root.set("files", array(s.files(), ScenarioWriter::file));
        root.set("devices", array(s.devices(), ScenarioWriter::device));
        root.set("hooks", array(s.hooks(), ScenarioWriter::hook));
        root.set("kworker", s.kworker() == null ? NODES.nullNode() : kworker(s.kworker()));
        root.set("fds", array(s.fds(), ScenarioWriter::fd));
        root.set("watches", array(s.watches(), ScenarioWriter::watch));
        return root;
    }

    private static <T> ArrayNode array(List<T> items, Function<T, JsonNode> write) {
        ArrayNode a = NODES.arrayNode();
        items.forEach(t -> a.add(write.apply(t)));
        return a;
    }

    private static ObjectNode process(ProcessNode p) {
        ObjectNode o = NODES.objectNode();
        o.put("id", p.id());
        o.put("name", p.name());
        o.put("tgid", p.tgid());
        o.put("exits", p.exits());
        o.put("order", Names.of(p.order()));
        o.set("operations", array(p.operations(), ScenarioWriter::operation));
        o.set("position", position(p.position()));
        return o;
    }

    private static ObjectNode operation(Operation op) {
        ObjectNode o = NODES.objectNode();
        o.put("op", op instanceof Operation.Close ? "close" : op instanceof Operation.Wake ? "wake" : "ioctl");
        o.put("fd", op.fd());
        if (op instanceof Operation.Ioctl io && io.balance() != null) {
            o.put("fput", Names.of(io.balance()));
        }
        return o;
    }

    private static ObjectNode file(FileNode f) {
        ObjectNode o = NODES.objectNode();
        o.put("id", f.id());
        o.put("kind", kind(f));
        o.put("name", f.name());
        o.put("opener", f.opener());
        if (f instanceof DriverFile d) {
            o.set("driver", driver(d.driver()));
        } else if (f instanceof BinderFile b) {
            o.put("mmapped", b.mmapped());
        }
        o.set("position", position(f.position()));
        return o;
    }

    static String kind(FileNode f) {
        if (f instanceof DriverFile) {
            return "driver";
        }
        return f instanceof EpollFile ? "epoll" : "binder";
    }

    private static ObjectNode driver(Driver d) {
        ObjectNode o = NODES.objectNode();
        o.put("name", d.name());
        o.put("pollable", d.pollable());
        o.put("waitQueueFreedIn", Names.of(d.waitQueueFreedIn()));
        o.put("privateDataFreedIn", Names.of(d.privateDataFreedIn()));
        o.put("reservedMemory", Names.of(d.reservedMemory()));
        o.put("device", d.device());
        o.put("openTakesDeviceRef", d.openTakesDeviceRef());
        return o;
    }

    private static ObjectNode device(DeviceNode d) {
        ObjectNode o = NODES.objectNode();
        o.put("id", d.id());
        o.put("name", d.name());
        o.put("unplug", Names.of(d.unplug()));
        o.set("position", position(d.position()));
        return o;
    }

    private static ObjectNode hook(CloseHook h) {
        ObjectNode o = NODES.objectNode();
        o.put("id", h.id());
        o.put("name", h.name());
        o.put("process", h.process());
        o.put("capture", Names.of(h.capture()));
        o.set("position", position(h.position()));
        return o;
    }

    private static ObjectNode kworker(WorkqueueThread k) {
        ObjectNode o = NODES.objectNode();
        o.put("id", k.id());
        o.put("name", k.name());
        o.put("tgid", k.tgid());
        o.set("position", position(k.position()));
        return o;
    }

    private static ObjectNode fd(FdLink l) {
        ObjectNode o = NODES.objectNode();
        o.put("process", l.process());
        o.put("fd", l.fd());
        o.put("file", l.file());
        return o;
    }

    private static ObjectNode watch(Watch w) {
        ObjectNode o = NODES.objectNode();
        o.put("epoll", w.epoll());
        o.put("target", w.target());
        return o;
    }

    private static ObjectNode position(Position p) {
        ObjectNode o = NODES.objectNode();
        o.set("x", coordinate(p.x()));
        o.set("y", coordinate(p.y()));
        return o;
    }

    /**
     * Whole coordinates are written without ".0" so hand-edited files stay tidy. A position is layout,
     * not semantics: a NaN or infinite one (which JSON cannot hold) is saved as 0 rather than failing
     * the save.
     */
    private static JsonNode coordinate(double v) {
        if (!Double.isFinite(v)) {
            return NODES.numberNode(0);
        }
        boolean whole = v == Math.rint(v) && Math.abs(v) < EXACT_WHOLE_LIMIT
                && Double.doubleToRawLongBits(v) != Double.doubleToRawLongBits(-0.0);
        return whole ? NODES.numberNode((long) v) : NODES.numberNode(v);
    }
}

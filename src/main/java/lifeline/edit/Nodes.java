package lifeline.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import lifeline.model.BinderFile;
import lifeline.model.CloseHook;
import lifeline.model.DeviceNode;
import lifeline.model.DriverFile;
import lifeline.model.EpollFile;
import lifeline.model.FileNode;
import lifeline.model.Node;
import lifeline.model.Position;
import lifeline.model.ProcessNode;
import lifeline.model.Scenario;
import lifeline.model.WorkqueueThread;

/** Finds nodes for commands and puts changed copies back; the model's records have few with-methods. */
final class Nodes {
    private Nodes() {}

    static Node node(Scenario s, String id) {
        return s.node(id).orElseThrow(() -> new IllegalArgumentException("no object " + id + " in the scenario"));
    }

    static <T extends Node> T node(Scenario s, String id, Class<T> type, String kind) {
        Node n = node(s, id);
        if (!type.isInstance(n)) {
            throw new IllegalArgumentException(id + " is a " + n.kindLabel() + ", not a " + kind);
        }
        return type.cast(n);
    }

    static ProcessNode process(Scenario s, String id) {
        return node(s, id, ProcessNode.class, "process");
    }

    /** The name a description or message shows: the name, else the id. */
    static String label(Scenario s, String id) {
        return s.node(id).map(Nodes::label).orElse(id);
    }

    static String label(Node n) {
        return n.name().isBlank() ? n.id() : n.name();
    }

    /** The scenario with the node of the same id replaced by {@code updated}. */
    static Scenario replace(Scenario s, Node updated) {
        String id = updated.id();
        if (updated instanceof ProcessNode) {
            return s.withProcesses(replaced(s.processes(), id, (ProcessNode) updated));
        } else if (updated instanceof FileNode) {
            return s.withFiles(replaced(s.files(), id, (FileNode) updated));
        } else if (updated instanceof DeviceNode) {
            return s.withDevices(replaced(s.devices(), id, (DeviceNode) updated));
        } else if (updated instanceof CloseHook) {
            return s.withHooks(replaced(s.hooks(), id, (CloseHook) updated));
        }
        return s.withKworker((WorkqueueThread) updated);
    }

    /** The scenario with the node {@code id} changed by {@code change}. */
    static Scenario update(Scenario s, String id, UnaryOperator<Node> change) {
        return replace(s, change.apply(node(s, id)));
    }

    private static <T extends Node> List<T> replaced(List<T> list, String id, T updated) {
        List<T> out = new ArrayList<>(list);
        out.replaceAll(n -> n.id().equals(id) ? updated : n);
        return out;
    }

    static Node withName(Node n, String name) {
        return rebuilt(n, n.id(), name, n.position());
    }

    static Node withPosition(Node n, Position p) {
        return rebuilt(n, n.id(), n.name(), p);
    }

    static Node withId(Node n, String id) {
        return rebuilt(n, id, n.name(), n.position());
    }

    private static Node rebuilt(Node n, String id, String name, Position p) {
        if (n instanceof ProcessNode) {
            ProcessNode x = (ProcessNode) n;
            return new ProcessNode(id, name, x.tgid(), x.exits(), x.order(), x.operations(), p);
        } else if (n instanceof DriverFile) {
            DriverFile x = (DriverFile) n;
            return new DriverFile(id, name, x.opener(), x.driver(), p);
        } else if (n instanceof EpollFile) {
            return new EpollFile(id, name, ((EpollFile) n).opener(), p);
        } else if (n instanceof BinderFile) {
            BinderFile x = (BinderFile) n;
            return new BinderFile(id, name, x.opener(), x.mmapped(), p);
        } else if (n instanceof DeviceNode) {
            return new DeviceNode(id, name, ((DeviceNode) n).unplug(), p);
        } else if (n instanceof CloseHook) {
            CloseHook x = (CloseHook) n;
            return new CloseHook(id, name, x.process(), x.capture(), p);
        }
        return new WorkqueueThread(id, name, ((WorkqueueThread) n).tgid(), p);
    }

    static FileNode withOpener(FileNode f, String opener) {
        if (f instanceof DriverFile) {
            DriverFile x = (DriverFile) f;
            return new DriverFile(x.id(), x.name(), opener, x.driver(), x.position());
        } else if (f instanceof EpollFile) {
            return new EpollFile(f.id(), f.name(), opener, f.position());
        }
        BinderFile x = (BinderFile) f;
        return new BinderFile(x.id(), x.name(), opener, x.mmapped(), x.position());
    }

    static CloseHook withProcess(CloseHook h, String process) {
        return new CloseHook(h.id(), h.name(), process, h.capture(), h.position());
    }

    /** "object" or "3 objects", for descriptions. */
    static String objects(int n) {
        return n == 1 ? "object" : n + " objects";
    }
}

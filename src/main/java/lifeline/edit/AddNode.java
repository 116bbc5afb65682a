package lifeline.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lifeline.model.BinderFile;
import lifeline.model.CloseHook;
import lifeline.model.DeviceNode;
import lifeline.model.Driver;
import lifeline.model.DriverFile;
import lifeline.model.EpollFile;
import lifeline.model.FileNode;
import lifeline.model.Node;
import lifeline.model.OperationOrder;
import lifeline.model.PathCapture;
import lifeline.model.Position;
import lifeline.model.ProcessNode;
import lifeline.model.Scenario;
import lifeline.model.Unplug;
import lifeline.model.WorkqueueThread;

/**
 * A new node from the palette, with a fresh id, a default name and the plainest behaviour: a process with
 * the next free tgid from 100 that does nothing yet (in program order), a non-pollable driver that allocates
 * nothing, a binder not yet mmapped, a device that is not unplugged. Files get their opener from their first
 * fd (see Connect).
 */
public record AddNode(NodeKind kind, Position position) implements EditCommand {

    /** Why the palette should not offer this kind now (bounds, the one kworker); empty when it may. */
    public static Optional<String> refusal(Scenario s, NodeKind kind) {
        return Bounds.refusal(s, Map.of(kind, 1));
    }

    /** The id the node gets when this command is applied to {@code s}, so a caller can select it. */
    public String newId(Scenario s) {
        return new IdAllocator(s).nextId(kind);
    }

    @Override
    public Scenario apply(Scenario s) {
        refusal(s, kind).ifPresent(r -> {
            throw new EditRefusedException(r);
        });
        IdAllocator fresh = new IdAllocator(s);
        String id = fresh.nextId(kind);
        return add(s, create(id, fresh.nextName(kind, id), fresh));
    }

    private Node create(String id, String name, IdAllocator fresh) {
        switch (kind) {
            case PROCESS:
                return new ProcessNode(id, name, fresh.nextTgid(), false, OperationOrder.PROGRAM, List.of(), position);
            case DRIVER_FILE:
                return new DriverFile(id, name, null, Driver.plain("drv" + id.substring(1)), position);
            case EPOLL:
                return new EpollFile(id, name, null, position);
            case BINDER:
                return new BinderFile(id, name, null, false, position);
            case WORKQUEUE_THREAD:
                return new WorkqueueThread(id, name, fresh.kworkerTgid(), position);
            case DEVICE:
                return new DeviceNode(id, name, Unplug.NONE, position);
            default:
                return new CloseHook(id, name, null, PathCapture.POINTER, position);
        }
    }

    /** The scenario with one more node, at the end of its list. */
    static Scenario add(Scenario s, Node n) {
        if (n instanceof ProcessNode) {
            return s.withProcesses(appended(s.processes(), (ProcessNode) n));
        } else if (n instanceof FileNode) {
            return s.withFiles(appended(s.files(), (FileNode) n));
        } else if (n instanceof DeviceNode) {
            return s.withDevices(appended(s.devices(), (DeviceNode) n));
        } else if (n instanceof CloseHook) {
            return s.withHooks(appended(s.hooks(), (CloseHook) n));
        }
        return s.withKworker((WorkqueueThread) n);
    }

    private static <T> List<T> appended(List<T> list, T item) {
        List<T> out = new ArrayList<>(list);
        out.add(item);
        return out;
    }

    @Override
    public String description() {
        return "Add " + kind.noun();
    }
}

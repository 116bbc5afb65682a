package lifeline.ui.canvas.skin;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import lifeline.edit.NodeKind;
import lifeline.model.Node;

/** Which skin draws which kind of node: the one place a new kind registers its skin and its colour. */
public final class NodeSkins {
    private record Entry(Function<String, NodeSkin<?, ?>> factory, String style) {}

    private static final Map<NodeKind, Entry> ENTRIES = new EnumMap<>(NodeKind.class);

    static {
        ENTRIES.put(NodeKind.PROCESS, new Entry(ProcessSkin::new, "process"));
        ENTRIES.put(NodeKind.DRIVER_FILE, new Entry(DriverFileSkin::new, "file"));
        ENTRIES.put(NodeKind.EPOLL, new Entry(EpollSkin::new, "epoll"));
        ENTRIES.put(NodeKind.BINDER, new Entry(BinderSkin::new, "binder"));
        ENTRIES.put(NodeKind.DEVICE, new Entry(DeviceSkin::new, "device"));
        ENTRIES.put(NodeKind.CLOSE_HOOK, new Entry(CloseHookSkin::new, "hook"));
        ENTRIES.put(NodeKind.WORKQUEUE_THREAD, new Entry(KworkerSkin::new, "kworker"));
    }

    private NodeSkins() {}

    /** A new, empty skin for the node; {@link NodeSkin#show} fills it. */
    public static NodeSkin<?, ?> create(Node n) {
        return ENTRIES.get(NodeKind.of(n)).factory().apply(n.id());
    }

    /** The kind's name in style classes: "process" for process-skin and glyph-process. */
    public static String style(NodeKind kind) {
        return ENTRIES.get(kind).style();
    }
}

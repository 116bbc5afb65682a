package lifeline.ui.inspector;

import java.util.Map;
import java.util.function.BiFunction;
import lifeline.model.BinderFile;
import lifeline.model.CloseHook;
import lifeline.model.DeviceNode;
import lifeline.model.DriverFile;
import lifeline.model.EpollFile;
import lifeline.model.Node;
import lifeline.model.ProcessNode;
import lifeline.model.WorkqueueThread;

/** The editor class of each kind of node. */
final class Editors {
    private static final Map<Class<? extends Node>, BiFunction<InspectorModel, String, NodeEditor<?>>> BY_KIND =
            Map.of(ProcessNode.class, ProcessEditor::new,
                    DriverFile.class, DriverFileEditor::new,
                    EpollFile.class, EpollEditor::new,
                    BinderFile.class, BinderEditor::new,
                    DeviceNode.class, DeviceEditor::new,
                    CloseHook.class, CloseHookEditor::new,
                    WorkqueueThread.class, KworkerEditor::new);

    private Editors() {}

    static NodeEditor<?> of(InspectorModel model, Node n) {
        BiFunction<InspectorModel, String, NodeEditor<?>> make = BY_KIND.get(n.getClass());
        if (make == null) {
            throw new IllegalArgumentException("no editor for " + n.kindLabel());
        }
        return make.apply(model, n.id());
    }
}

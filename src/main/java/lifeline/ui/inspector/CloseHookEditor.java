package lifeline.ui.inspector;

import java.util.List;
import javafx.scene.layout.HBox;
import lifeline.edit.SetHookCapture;
import lifeline.model.CloseHook;
import lifeline.model.PathCapture;
import lifeline.model.Scenario;

/** A close hook (seed 004): the process whose close it wraps, and how it keeps the file's path. */
final class CloseHookEditor extends NodeEditor<CloseHook> {
    private static final String CAPTURE_TIP = "How the hook keeps the file's path across the original close";

    private final HBox process = new HBox(6);
    private final ChoiceField<PathCapture> capture;

    CloseHookEditor(InspectorModel model, String id) {
        super(model, id, CloseHook.class);
        capture = new ChoiceField<>("capture", CAPTURE_TIP, KernelWords::capture, KernelWords::captureHint,
                c -> edit(new SetHookCapture(id, c)));
        main().field("Process", "The process whose close the hook wraps: draw or delete the hook edge on the"
                        + " canvas", process)
                .field("Path capture", CAPTURE_TIP, capture.view());
    }

    @Override
    protected void showNode(Scenario s, CloseHook h) {
        if (h.process() == null) {
            process.getChildren().setAll(Form.hint("none: draw a hook edge to a process"));
        } else {
            process.getChildren().setAll(s.node(h.process()).<javafx.scene.Node>map(n -> Links.to(model, n))
                    .orElse(Form.hint(h.process() + " (missing)")));
        }
        capture.show(List.of(PathCapture.values()), h.capture());
    }
}

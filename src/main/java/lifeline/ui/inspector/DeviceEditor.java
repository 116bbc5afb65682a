package lifeline.ui.inspector;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import lifeline.edit.SetDeviceUnplug;
import lifeline.model.DeviceNode;
import lifeline.model.DriverFile;
import lifeline.model.FileNode;
import lifeline.model.InitialCounts;
import lifeline.model.Scenario;
import lifeline.model.Unplug;

/** A kref'd device object (seed 003): what unplug does, its kref at start and the files opened on it. */
final class DeviceEditor extends NodeEditor<DeviceNode> {
    private static final String KREF_TIP = "kref at start = 1 (probe's kref_init) + the opens that did kref_get";

    private final ChoiceField<Unplug> unplug;
    private final Label kref = new Label();
    private final VBox files = new VBox(2);

    DeviceEditor(InspectorModel model, String id) {
        super(model, id, DeviceNode.class);
        unplug = new ChoiceField<>("unplug", "What the hotplug event does to the device object",
                KernelWords::unplug, KernelWords::unplugHint, u -> edit(new SetDeviceUnplug(id, u)));
        kref.setId("kref");
        main().field("Unplug", "What the hotplug event does to the device object", unplug.view())
                .fact("kref at start", KREF_TIP, kref);
        section("Opened by", "The files opened on this device: draw 'opened on' edges on the canvas").row(files);
    }

    @Override
    protected void showNode(Scenario s, DeviceNode d) {
        unplug.show(List.of(Unplug.values()), d.unplug());
        kref.setText(String.valueOf(InitialCounts.kref(s, id)));
        files.getChildren().clear();
        for (FileNode f : s.files()) {
            if (f instanceof DriverFile && id.equals(((DriverFile) f).driver().device())) {
                boolean ref = ((DriverFile) f).driver().openTakesDeviceRef();
                HBox row = new HBox(6, Links.to(model, f), Form.hint(ref ? "kref_get in open" : "no kref_get"));
                row.setAlignment(Pos.CENTER_LEFT);
                files.getChildren().add(row);
            }
        }
        if (files.getChildren().isEmpty()) {
            files.getChildren().add(Form.hint("No file: draw an 'opened on' edge from a file to this device."));
        }
    }
}

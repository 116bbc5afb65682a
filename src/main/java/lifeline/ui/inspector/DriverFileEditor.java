package lifeline.ui.inspector;

import java.util.List;
import java.util.function.UnaryOperator;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import lifeline.edit.SetDriver;
import lifeline.edit.SetOpener;
import lifeline.model.Driver;
import lifeline.model.DriverFile;
import lifeline.model.FreeSite;
import lifeline.model.ReservedMemory;
import lifeline.model.Scenario;

/** A file opened on a driver: who opened it and every switch of the driver's flush and release (§2, §4). */
final class DriverFileEditor extends NodeEditor<DriverFile> {
    private static final String WAIT_TIP = "In which file operation the driver frees the wait queue epoll hooks"
            + " into";

    private final OpenerField opener;
    private final CommitField driverName;
    private final CheckField pollable;
    private final ChoiceField<FreeSite> waitQueue;
    /** When the chosen site runs, beside eventpoll_release: it follows the choice. */
    private final Label waitQueueNote = Form.hint("");
    private final ChoiceField<FreeSite> privateData;
    private final ChoiceField<ReservedMemory> reserved;
    private final HBox device = new HBox(6);
    private final CheckField takesRef;
    private final FileHolders holders;

    DriverFileEditor(InspectorModel model, String id) {
        super(model, id, DriverFile.class);
        opener = new OpenerField("opener", "The process that opened the file: its tgid tags the reserved memory",
                p -> edit(SetOpener.of(model.scenario(), id, p)));
        main().field("Opener", "The process that opened the file", opener.view());
        Form driver = section("Driver", "The behaviour of the driver the file was opened on");
        driverName = track(CommitField.line(model, "driver-name", "driver name",
                "The driver's name, as backtraces show it (such as pmem or ashmem)", t -> null,
                t -> driver(d -> Drivers.name(d, t))));
        pollable = new CheckField("pollable", "pollable (owns a wait queue)",
                "The driver implements poll: it owns a wait queue epoll can hook into",
                v -> driver(d -> Drivers.pollable(d, v)));
        waitQueue = new ChoiceField<>("wait-queue", WAIT_TIP, KernelWords::waitQueue, KernelWords::waitQueueHint,
                v -> driver(d -> Drivers.waitQueue(d, v)));
        privateData = new ChoiceField<>("private-data", "Whether the driver allocates file->private_data, and"
                + " where it frees it", KernelWords::privateData, KernelWords::privateDataHint,
                v -> driver(d -> Drivers.privateData(d, v)));
        reserved = new ChoiceField<>("reserved-memory", "Which reserved blocks the driver's release frees"
                + " (seed 000)", KernelWords::reservedMemory, KernelWords::reservedMemoryHint,
                v -> driver(d -> Drivers.reserved(d, v)));
        takesRef = new CheckField("takes-ref", "open takes a kref on the device",
                "open did kref_get on the device and release does kref_put; without it the unplug's kref_put"
                        + " frees the device under the open file (seed 003)",
                v -> driver(d -> Drivers.takesRef(d, v)));
        waitQueueNote.managedProperty().bind(waitQueueNote.textProperty().isNotEmpty()); // none: no line
        waitQueueNote.visibleProperty().bind(waitQueueNote.managedProperty());
        driver.field("Driver name", "The driver's name, as backtraces show it", driverName.view())
                .row(pollable.view())
                .field("Wait queue freed in", WAIT_TIP, waitQueue.view())
                .row(waitQueueNote)
                .field("Private data", "file->private_data and where it is freed", privateData.view())
                .field("Reserved memory", "Blocks reserved by the opener and which of them release frees",
                        reserved.view())
                .field("Device", "The kref'd device the file was opened on: draw or delete the 'opened on' edge"
                        + " on the canvas", device)
                .row(takesRef.view());
        holders = new FileHolders(model, id, section("References", "Who holds the struct file at start"));
    }

    @Override
    protected void showNode(Scenario s, DriverFile f) {
        Driver d = f.driver();
        opener.show(s, f.opener());
        driverName.show(d.name());
        pollable.show(d.pollable());
        waitQueue.show(d.waitQueueFreedIn() == FreeSite.NONE ? List.of(FreeSite.values())
                : List.of(FreeSite.FLUSH, FreeSite.RELEASE), d.waitQueueFreedIn());
        waitQueue.setDisable(!d.pollable());
        waitQueueNote.setText(KernelWords.waitQueueNote(d.waitQueueFreedIn()));
        privateData.show(List.of(FreeSite.values()), d.privateDataFreedIn());
        reserved.show(List.of(ReservedMemory.values()), d.reservedMemory());
        if (d.device() == null) {
            device.getChildren().setAll(Form.hint("none: draw an 'opened on' edge to a device"));
        } else {
            device.getChildren().setAll(s.node(d.device()).<javafx.scene.Node>map(n -> Links.to(model, n))
                    .orElse(Form.hint(d.device() + " (missing)")));
        }
        takesRef.show(d.openTakesDeviceRef());
        takesRef.setDisable(d.device() == null);
        holders.show(s);
    }

    private boolean driver(UnaryOperator<Driver> change) {
        if (model.scenario().node(id).isEmpty()) {
            return false;
        }
        return edit(SetDriver.of(model.scenario(), id, change.apply(current().driver())));
    }
}

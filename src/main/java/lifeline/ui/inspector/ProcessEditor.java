package lifeline.ui.inspector;

import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import lifeline.edit.SetExits;
import lifeline.edit.SetTgid;
import lifeline.model.CloseHook;
import lifeline.model.InitialCounts;
import lifeline.model.ProcessNode;
import lifeline.model.Scenario;

/** A process: its tgid, whether it exits, its fd table, its operations and its close hook. */
final class ProcessEditor extends NodeEditor<ProcessNode> {
    private static final String TGID_TIP = "The thread group id: what reserved memory is tagged with and what"
            + " release compares with current->tgid. Enter or leaving the field sets it.";
    private static final String FILES_TIP = "files_struct.count at start: 1, plus 1 while an mmapped binder's"
            + " binder_proc holds it (get_files_struct)";

    private final CommitField tgid;
    private final CheckField exits;
    private final Label filesCount = new Label();
    private final FdTableSection fds;
    private final OperationsSection operations;
    private final HBox hook = new HBox(6);

    ProcessEditor(InspectorModel model, String id) {
        super(model, id, ProcessNode.class);
        tgid = track(CommitField.line(model, "tgid", "tgid", TGID_TIP,
                t -> Inputs.processTgid(model.scenario(), id, t),
                t -> edit(new SetTgid(id, Inputs.number(t)))));
        exits = new CheckField("exits", "exits after its operations (do_exit)",
                "Whether the process exits once its operations have run: exit_files closes every fd it still has",
                v -> edit(new SetExits(id, v)));
        main().field("tgid", TGID_TIP, tgid.view())
                .row(exits.view())
                .fact("files_struct.count at start", FILES_TIP, filesCount);
        fds = new FdTableSection(model, id);
        onClose(fds::close);
        section("Fd table", "The process's open fds: fd number -> struct file").row(fds);
        operations = new OperationsSection(model, id);
        section("Operations", "What the process does: in program order as listed, or each once in any order")
                .row(operations);
        section("Close hook", "A module that wraps close for this process (seed 004)").row(hook);
    }

    @Override
    protected void showNode(Scenario s, ProcessNode p) {
        tgid.show(String.valueOf(p.tgid()));
        exits.show(p.exits());
        filesCount.setText(String.valueOf(InitialCounts.filesCount(s, id)));
        fds.show(s);
        operations.show(s, p);
        showHook(s.hookOf(id));
    }

    private void showHook(Optional<CloseHook> h) {
        if (h.isEmpty()) {
            hook.getChildren().setAll(Form.hint("None: close runs sys_close directly."));
        } else {
            Label capture = Form.hint(KernelWords.capture(h.get().capture()));
            hook.getChildren().setAll(Links.to(model, h.get()), capture);
        }
    }
}

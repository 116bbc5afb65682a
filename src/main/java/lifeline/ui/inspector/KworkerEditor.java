package lifeline.ui.inspector;

import lifeline.edit.SetKworkerTgid;
import lifeline.model.Scenario;
import lifeline.model.WorkqueueThread;

/** The binder workqueue's kworker: the tgid release sees as current->tgid when it runs deferred work. */
final class KworkerEditor extends NodeEditor<WorkqueueThread> {
    private static final String TGID_TIP = "The kworker's thread group id: current->tgid while it runs"
            + " binder_deferred_func. Enter or leaving the field sets it.";

    private final CommitField tgid;

    KworkerEditor(InspectorModel model, String id) {
        super(model, id, WorkqueueThread.class);
        tgid = track(CommitField.line(model, "tgid", "tgid", TGID_TIP,
                t -> Inputs.kworkerTgid(model.scenario(), t), t -> edit(new SetKworkerTgid(Inputs.number(t)))));
        main().field("tgid", TGID_TIP, tgid.view())
                .row(Form.hint("The single thread of the \"binder\" workqueue; it runs queued deferred work"
                        + " such as PUT_FILES."));
    }

    @Override
    protected void showNode(Scenario s, WorkqueueThread k) {
        tgid.show(String.valueOf(k.tgid()));
    }
}

package lifeline.ui.canvas.skin;

import java.util.List;
import lifeline.model.Scenario;
import lifeline.model.WorkqueueThread;

/** The binder workqueue thread: a dashed box with its tgid, under which deferred put_files_struct runs. */
public final class KworkerSkin extends NodeSkin<WorkqueueThread, KworkerSkin.Facts> {

    record Facts(String title, int tgid) {}

    public KworkerSkin(String id) {
        super(WorkqueueThread.class, id, "kworker-skin", "KWORKER");
    }

    @Override
    protected Facts factsOf(Scenario s, WorkqueueThread k) {
        return new Facts(label(k), k.tgid());
    }

    @Override
    protected void render(Facts f) {
        setTitle(f.title());
        setTag("tgid " + f.tgid());
        setRows(List.of(Badge.line("runs binder_deferred_func", "node-muted")));
    }
}

package lifeline.edit;

import lifeline.model.Scenario;
import lifeline.model.WorkqueueThread;

/** The tgid of the binder kworker, which release sees as current->tgid when it runs deferred work. */
public record SetKworkerTgid(int tgid) implements EditCommand {
    @Override
    public Scenario apply(Scenario s) {
        WorkqueueThread k = s.kworker();
        if (k == null) {
            throw new IllegalArgumentException("the scenario has no kworker drawn");
        }
        return s.withKworker(new WorkqueueThread(k.id(), k.name(), tgid, k.position()));
    }

    @Override
    public String description() {
        return "Set kworker tgid: " + tgid;
    }
}

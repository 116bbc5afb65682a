package lifeline.edit;

import lifeline.model.ProcessNode;
import lifeline.model.Scenario;

/** A process's tgid: what reserved memory is tagged with and what release compares with current->tgid. */
public record SetTgid(String process, int tgid) implements EditCommand {
    @Override
    public Scenario apply(Scenario s) {
        ProcessNode p = Nodes.process(s, process);
        return Nodes.replace(s, p.withTgid(tgid));
    }

    @Override
    public String description() {
        return "Set tgid: " + tgid;
    }
}

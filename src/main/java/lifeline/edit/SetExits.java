package lifeline.edit;

import lifeline.model.ProcessNode;
import lifeline.model.Scenario;

/** Whether a process exits (do_exit) after its operations. */
public record SetExits(String process, boolean exits) implements EditCommand {
    @Override
    public Scenario apply(Scenario s) {
        ProcessNode p = Nodes.process(s, process);
        return Nodes.replace(s, p.withExits(exits));
    }

    @Override
    public String description() {
        return "Set exits: " + (exits ? "yes" : "no");
    }
}

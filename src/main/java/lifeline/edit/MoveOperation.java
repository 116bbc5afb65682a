package lifeline.edit;

import java.util.ArrayList;
import java.util.List;
import lifeline.model.Operation;
import lifeline.model.ProcessNode;
import lifeline.model.Scenario;

/** Moves one operation of a process to another place in its list, the others keeping their order. */
public record MoveOperation(String process, int from, int to) implements EditCommand {
    @Override
    public Scenario apply(Scenario s) {
        ProcessNode p = Nodes.process(s, process);
        List<Operation> ops = new ArrayList<>(p.operations());
        if (from < 0 || from >= ops.size() || to < 0 || to >= ops.size()) {
            throw new IllegalArgumentException("no operation " + from + " or place " + to + " in " + process
                    + "'s list of " + ops.size());
        }
        ops.add(to, ops.remove(from));
        return Nodes.replace(s, p.withOperations(ops));
    }

    @Override
    public String description() {
        return to < from ? "Move operation up" : "Move operation down";
    }
}

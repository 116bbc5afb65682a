package lifeline.edit;

import java.util.HashSet;
import java.util.Set;
import lifeline.model.Operation;
import lifeline.model.OperationOrder;
import lifeline.model.ProcessNode;
import lifeline.model.Scenario;

/**
 * How a process runs its operations: in program order (as listed) or each once in any order. Any order is
 * refused while the list names an operation twice, rather than dropping one of the user's lines.
 */
public record SetOrder(String process, OperationOrder order) implements EditCommand {
    @Override
    public Scenario apply(Scenario s) {
        ProcessNode p = Nodes.process(s, process);
        if (order == OperationOrder.ANY) {
            Set<Operation> seen = new HashSet<>();
            for (Operation op : p.operations()) {
                if (!seen.add(op)) {
                    throw new EditRefusedException(op.label() + " is listed twice; in any order each operation"
                            + " runs exactly once, so remove one first");
                }
            }
        }
        return Nodes.replace(s, p.withOrder(order));
    }

    @Override
    public String description() {
        return "Set order: " + order.label();
    }
}

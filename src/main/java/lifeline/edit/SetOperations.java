package lifeline.edit;

import java.util.List;
import java.util.stream.Collectors;
import lifeline.model.Operation;
import lifeline.model.Scenario;

/** The operations of a process, in the order listed (kernel-model §6). */
public record SetOperations(String process, List<Operation> operations) implements EditCommand {
    public SetOperations {
        operations = List.copyOf(operations);
    }

    @Override
    public Scenario apply(Scenario s) {
        return Nodes.replace(s, Nodes.process(s, process).withOperations(operations));
    }

    @Override
    public String description() {
        return operations.isEmpty() ? "Set operations: none"
                : operations.stream().map(Operation::label).collect(Collectors.joining(", ", "Set operations: ", ""));
    }
}

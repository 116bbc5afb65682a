package lifeline.model;

import java.util.List;
import java.util.Objects;

/** A process (a thread group, modelled as one task), its operations and whether it exits. */
public record ProcessNode(String id, String name, int tgid, boolean exits, List<Operation> operations,
                          Position position) implements Node {
    public ProcessNode {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
        operations = List.copyOf(operations);
        position = position == null ? Position.ORIGIN : position;
    }

    @Override
    public String kindLabel() {
        return "process";
    }

    public ProcessNode withOperations(List<Operation> ops) {
        return new ProcessNode(id, name, tgid, exits, ops, position);
    }

    public ProcessNode withPosition(Position p) {
        return new ProcessNode(id, name, tgid, exits, operations, p);
    }
}

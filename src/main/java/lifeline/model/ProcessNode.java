package lifeline.model;

import java.util.List;
import java.util.Objects;

/**
 * A process (a thread group, modelled as one task), its operations, the order it runs them in and
 * whether it exits after them.
 */
public record ProcessNode(String id, String name, int tgid, boolean exits, OperationOrder order,
                          List<Operation> operations, Position position) implements Node {
    public ProcessNode {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
        order = order == null ? OperationOrder.ANY : order;
        operations = List.copyOf(operations);
        position = position == null ? Position.ORIGIN : position;
    }

    /** A process whose operations run in any order, as in a version-1 file. */
    public ProcessNode(String id, String name, int tgid, boolean exits, List<Operation> operations,
                       Position position) {
        this(id, name, tgid, exits, OperationOrder.ANY, operations, position);
    }

    @Override
    public String kindLabel() {
        return "process";
    }

    public ProcessNode withOperations(List<Operation> ops) {
        return new ProcessNode(id, name, tgid, exits, order, ops, position);
    }

    public ProcessNode withOrder(OperationOrder o) {
        return new ProcessNode(id, name, tgid, exits, o, operations, position);
    }

    public ProcessNode withTgid(int t) {
        return new ProcessNode(id, name, t, exits, order, operations, position);
    }

    public ProcessNode withExits(boolean e) {
        return new ProcessNode(id, name, tgid, e, order, operations, position);
    }

    public ProcessNode withPosition(Position p) {
        return new ProcessNode(id, name, tgid, exits, order, operations, p);
    }
}

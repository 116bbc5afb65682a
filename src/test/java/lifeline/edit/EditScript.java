package lifeline.edit;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lifeline.model.Driver;
import lifeline.model.DriverFile;
import lifeline.model.FdLink;
import lifeline.model.FputBalance;
import lifeline.model.FreeSite;
import lifeline.model.Node;
import lifeline.model.Operation;
import lifeline.model.Position;
import lifeline.model.Property;
import lifeline.model.ReservedMemory;
import lifeline.model.Scenario;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * One random step of an editing session: which command, and numbers that pick its nodes, edges and values
 * in whatever scenario it meets. Many steps are refused or stale; the stack must shrug those off.
 */
record EditScript(int what, int a, int b, int c) {
    static final int KINDS = 13;

    static Arbitrary<EditScript> steps() {
        Arbitrary<Integer> n = Arbitraries.integers().between(0, 40);
        return Combinators.combine(Arbitraries.integers().between(0, KINDS - 1), n, n, n).as(EditScript::new);
    }

    /** The command this step makes in {@code s}. */
    EditCommand command(Scenario s, Clipboard clipboard) {
        List<Node> nodes = s.nodes();
        String x = nodes.isEmpty() ? "none" : nodes.get(a % nodes.size()).id();
        String y = nodes.isEmpty() ? "none" : nodes.get(b % nodes.size()).id();
        switch (what) {
            case 0:
                return new AddNode(NodeKind.values()[a % NodeKind.values().length], new Position(b, c));
            case 1:
                return new MoveNodes(Map.of(x, new Position(b, c)), a % 3);
            case 2:
                return new DeleteNodes(Set.of(x, y));
            case 3:
                return Connect.of(s, x, connectable(s, x).orElse(y));
            case 4:
                List<Edge> edges = Edge.all(s);
                return edges.isEmpty() ? new Rename(x, "e") : Disconnect.of(s, edges.get(a % edges.size()));
            case 5:
                return new Rename(x, "n" + b);
            case 6:
                return new SetTgid(pick(ids(s.processes()), x), 100 + b);
            case 7:
                return new SetOperations(pick(ids(s.processes()), x), operations(s, pick(ids(s.processes()), x)));
            case 8:
                clipboard.copy(s, Set.of(x, y));
                return clipboard.paste();
            case 9:
                List<FdLink> fds = s.fds();
                return fds.isEmpty() ? new SetExits(x, b % 2 == 0)
                        : new SetFdNumber(fds.get(a % fds.size()).process(), fds.get(a % fds.size()).fd(), 3 + b);
            case 10:
                String file = pick(ids(s.files().stream().filter(DriverFile.class::isInstance).toList()), x);
                return SetDriver.of(s, file, driver(s, file));
            case 11:
                return new SetProperties(b % 2 == 0 ? Property.defaults() : EnumSet.of(Property.NO_LEAK));
            default:
                return SetOpener.of(s, pick(ids(s.files()), x), c % 3 == 0 ? null : pick(ids(s.processes()), y));
        }
    }

    private List<Operation> operations(Scenario s, String process) {
        List<Operation> ops = new ArrayList<>();
        s.fdsOf(process).limit(3).forEach(l -> ops.add(b % 3 == 0 ? new Operation.Close(l.fd())
                : b % 3 == 1 ? new Operation.Wake(l.fd()) : new Operation.Ioctl(l.fd(), FputBalance.values()[c % 3])));
        return ops;
    }

    private Driver driver(Scenario s, String file) {
        Node n = s.node(file).orElse(null);
        Driver d = n instanceof DriverFile ? ((DriverFile) n).driver() : Driver.plain("x");
        return new Driver(d.name(), b % 2 == 0, FreeSite.values()[1 + c % 2], FreeSite.values()[c % 3],
                ReservedMemory.values()[b % 3], d.device(), d.openTakesDeviceRef());
    }

    /** A node a drag from {@code from} makes an edge to, if there is one. */
    private Optional<String> connectable(Scenario s, String from) {
        List<String> to = s.nodes().stream().map(Node::id)
                .filter(id -> ConnectionRules.edgeFor(s, from, id).isPresent()).toList();
        return to.isEmpty() ? Optional.empty() : Optional.of(to.get(c % to.size()));
    }

    private String pick(List<String> ids, String otherwise) {
        return ids.isEmpty() ? otherwise : ids.get(a % ids.size());
    }

    private static List<String> ids(List<? extends Node> nodes) {
        return nodes.stream().map(Node::id).toList();
    }
}

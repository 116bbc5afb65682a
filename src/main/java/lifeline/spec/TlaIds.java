package lifeline.spec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lifeline.model.Node;
import lifeline.model.Scenario;

/**
 * The identifiers a scenario's objects have in TLA+: p1.., f1.., d1.. in the scenario's order.
 * They are generated, so nothing the user typed reaches the spec as an identifier or string.
 */
public final class TlaIds {
    private final Map<String, String> toTla = new LinkedHashMap<>();
    private final Map<String, String> toNode = new LinkedHashMap<>();

    private TlaIds() {}

    public static TlaIds of(Scenario scenario) {
        TlaIds ids = new TlaIds();
        ids.number("p", scenario.processes());
        ids.number("f", scenario.files());
        ids.number("d", scenario.devices());
        return ids;
    }

    private void number(String prefix, List<? extends Node> nodes) {
        int i = 1;
        for (Node n : nodes) {
            String tla = prefix + i++;
            toTla.put(n.id(), tla);
            toNode.put(tla, n.id());
        }
    }

    /** The TLA+ id of a node; the node must be a process, file or device of the scenario. */
    public String tla(String nodeId) {
        String id = toTla.get(nodeId);
        if (id == null) {
            throw new IllegalArgumentException("no TLA+ id for " + nodeId);
        }
        return id;
    }

    /** The node a TLA+ id stands for. */
    public Optional<String> node(String tlaId) {
        return Optional.ofNullable(toNode.get(tlaId));
    }
}

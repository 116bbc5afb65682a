package lifeline.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Looks nodes up by id for the validator; with duplicate ids the first node in nodes() order wins. */
final class NodeIndex {
    private final Map<String, Node> byId = new LinkedHashMap<>();

    NodeIndex(Scenario scenario) {
        for (Node n : scenario.nodes()) {
            byId.putIfAbsent(n.id(), n);
        }
    }

    Optional<Node> node(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
    }

    Optional<ProcessNode> process(String id) {
        return node(id).filter(ProcessNode.class::isInstance).map(ProcessNode.class::cast);
    }

    Optional<FileNode> file(String id) {
        return node(id).filter(FileNode.class::isInstance).map(FileNode.class::cast);
    }

    Optional<DeviceNode> device(String id) {
        return node(id).filter(DeviceNode.class::isInstance).map(DeviceNode.class::cast);
    }

    /**
     * Why id is not a node of the wanted kind, for a reference field: absent, blank, or another kind.
     *
     * @param wanted the kind in the user's words, such as "process"
     */
    String missing(String id, String wanted) {
        Optional<Node> n = node(id);
        if (n.isPresent()) {
            return Where.node(n.get()) + " is not " + article(wanted) + " " + wanted;
        }
        return Where.isBlank(id) ? "no " + wanted + " is given" : "there is no " + wanted + " " + id;
    }

    private static String article(String noun) {
        return "aeiou".indexOf(noun.charAt(0)) >= 0 ? "an" : "a";
    }
}

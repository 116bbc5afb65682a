package lifeline.edit;

import lifeline.model.Scenario;

/** A node's name, as traces and problems show it; the validator reports a name another node has. */
public record Rename(String id, String name) implements EditCommand {
    @Override
    public Scenario apply(Scenario s) {
        return Nodes.update(s, id, n -> Nodes.withName(n, name));
    }

    @Override
    public String description() {
        return "Rename to \"" + name + "\"";
    }
}

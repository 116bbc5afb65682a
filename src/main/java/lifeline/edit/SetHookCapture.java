package lifeline.edit;

import java.util.Locale;
import lifeline.model.CloseHook;
import lifeline.model.PathCapture;
import lifeline.model.Scenario;

/** How a close hook keeps the path: a pointer into the file (the seed 004 bug) or a copy. */
public record SetHookCapture(String hook, PathCapture capture) implements EditCommand {
    @Override
    public Scenario apply(Scenario s) {
        CloseHook h = Nodes.node(s, hook, CloseHook.class, "close hook");
        return Nodes.replace(s, new CloseHook(h.id(), h.name(), h.process(), capture, h.position()));
    }

    @Override
    public String description() {
        return "Set path capture: " + capture.name().toLowerCase(Locale.ROOT);
    }
}

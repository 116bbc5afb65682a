package lifeline.edit;

import java.util.Optional;
import lifeline.model.CloseHook;
import lifeline.model.DriverFile;
import lifeline.model.Scenario;

/**
 * The edges stored in a field of one end (a driver file's device, a close hook's process): a second one
 * would silently replace the first, which the validator cannot see, so these are refused here.
 */
final class SingleEnds {
    private SingleEnds() {}

    static Optional<String> refusal(Scenario s, Edge edge) {
        if (edge instanceof Edge.OpenedOn) {
            DriverFile f = Nodes.node(s, edge.from(), DriverFile.class, "driver file");
            String device = f.driver().device();
            if (device == null) {
                return Optional.empty();
            }
            return Optional.of(device.equals(edge.to())
                    ? "EEXIST: " + Nodes.label(f) + " is already opened on " + Nodes.label(s, device)
                    : Nodes.label(f) + " is already opened on device " + Nodes.label(s, device)
                    + "; a file is opened on one device (disconnect that one first)");
        }
        if (edge instanceof Edge.Hook) {
            CloseHook h = Nodes.node(s, edge.from(), CloseHook.class, "close hook");
            if (h.process() == null || s.process(h.process()).isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(h.process().equals(edge.to())
                    ? "EEXIST: " + Nodes.label(h) + " already wraps close for " + Nodes.label(s, h.process())
                    : Nodes.label(h) + " already wraps close for " + Nodes.label(s, h.process())
                    + "; a close hook wraps one process (disconnect it first)");
        }
        return Optional.empty();
    }
}

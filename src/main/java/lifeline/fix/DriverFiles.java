package lifeline.fix;

import java.util.Optional;
import lifeline.model.DriverFile;
import lifeline.trace.Naming;
import lifeline.trace.ObjRef;

/** Finds the driver file behind an object of a trace. */
final class DriverFiles {
    private DriverFiles() {}

    static Optional<DriverFile> of(ObjRef o, Naming n) {
        return n.ids().node(o.id()).flatMap(n.scenario()::file)
                .filter(f -> f instanceof DriverFile).map(f -> (DriverFile) f);
    }
}

package lifeline.fix;

import java.util.Optional;
import lifeline.edit.SetDriver;
import lifeline.model.Driver;
import lifeline.model.FreeSite;
import lifeline.model.Property;
import lifeline.trace.Naming;
import lifeline.trace.RefKind;

/** Seed 002: private_data freed in flush is freed again by the next close of a shared file. */
final class PrivateDataInReleaseRule implements FixRule {
    @Override
    public Optional<Fix> propose(Culprit c, Naming n) {
        if (c.property() != Property.NO_USE_AFTER_FREE && c.property() != Property.NO_DOUBLE_FREE) {
            return Optional.empty();
        }
        return c.objects().stream().filter(o -> o.kind() == RefKind.PRIVATE_DATA)
                .flatMap(o -> DriverFiles.of(o, n).stream())
                .filter(f -> f.driver().privateDataFreedIn() == FreeSite.FLUSH).findFirst()
                .map(f -> {
                    Driver d = f.driver();
                    Driver fixed = new Driver(d.name(), d.pollable(), d.waitQueueFreedIn(), FreeSite.RELEASE,
                            d.reservedMemory(), d.device(), d.openTakesDeviceRef());
                    return new Fix("Free private_data of " + n.name(n.ids().tla(f.id())) + " in release, not flush",
                            "flush runs on every close of every holder (dup, fork); release runs once, when "
                                    + "fput drops the last reference.",
                            "seed 002", SetDriver.of(n.scenario(), f.id(), fixed));
                });
    }
}

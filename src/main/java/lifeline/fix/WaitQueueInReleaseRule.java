package lifeline.fix;

import java.util.Optional;
import lifeline.edit.SetDriver;
import lifeline.model.Driver;
import lifeline.model.FreeSite;
import lifeline.model.Property;
import lifeline.trace.Naming;
import lifeline.trace.RefKind;

/** Seed 001: a wait queue freed in flush is touched by eventpoll_release, ep_free or a wake-up. */
final class WaitQueueInReleaseRule implements FixRule {
    @Override
    public Optional<Fix> propose(Culprit c, Naming n) {
        if (c.property() != Property.NO_USE_AFTER_FREE && c.property() != Property.NO_DOUBLE_FREE) {
            return Optional.empty();
        }
        return c.objects().stream().filter(o -> o.kind() == RefKind.WAIT_QUEUE)
                .flatMap(o -> DriverFiles.of(o, n).stream())
                .filter(f -> f.driver().waitQueueFreedIn() == FreeSite.FLUSH).findFirst()
                .map(f -> {
                    Driver d = f.driver();
                    Driver fixed = new Driver(d.name(), d.pollable(), FreeSite.RELEASE, d.privateDataFreedIn(),
                            d.reservedMemory(), d.device(), d.openTakesDeviceRef());
                    return new Fix("Free the wait queue of " + n.name(n.ids().tla(f.id())) + " in release, not flush",
                            "flush runs on every close; __fput calls eventpoll_release first and release after "
                                    + "it, so the epitems are off the queue before release frees it.",
                            "seed 001", SetDriver.of(n.scenario(), f.id(), fixed));
                });
    }
}

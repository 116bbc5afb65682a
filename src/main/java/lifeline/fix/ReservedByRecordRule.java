package lifeline.fix;

import java.util.Optional;
import lifeline.edit.SetDriver;
import lifeline.model.Driver;
import lifeline.model.Property;
import lifeline.model.ReservedMemory;
import lifeline.trace.Naming;
import lifeline.trace.RefKind;

/** Seed 000: release frees the blocks of current->tgid, but runs in binder's kworker. */
final class ReservedByRecordRule implements FixRule {
    @Override
    public Optional<Fix> propose(Culprit c, Naming n) {
        if (c.property() != Property.NO_LEAK) {
            return Optional.empty();
        }
        return c.objects().stream().filter(o -> o.kind() == RefKind.RESERVED_BLOCK)
                .flatMap(o -> DriverFiles.of(o, n).stream())
                .filter(f -> f.driver().reservedMemory() == ReservedMemory.CURRENT_TGID).findFirst()
                .map(f -> {
                    Driver d = f.driver();
                    Driver fixed = new Driver(d.name(), d.pollable(), d.waitQueueFreedIn(), d.privateDataFreedIn(),
                            ReservedMemory.FILE_RECORD, d.device(), d.openTakesDeviceRef());
                    return new Fix("Free the blocks recorded in " + n.name(n.ids().tla(f.id()))
                                    + ", not those of current->tgid",
                            "release runs in whichever task drops the last reference: binder's deferred "
                                    + "put_files_struct runs it in the kworker, whose tgid owns no block.",
                            "seed 000", SetDriver.of(n.scenario(), f.id(), fixed));
                });
    }
}

package lifeline.fix;

import java.util.Optional;
import lifeline.edit.SetHookCapture;
import lifeline.model.CloseHook;
import lifeline.model.PathCapture;
import lifeline.model.Printable;
import lifeline.model.Property;
import lifeline.trace.Naming;
import lifeline.trace.RefKind;

/** Seed 004: the hook's path_put goes through &file->f_path, which __fput set to NULL. */
final class HookCopiesPathRule implements FixRule {
    @Override
    public Optional<Fix> propose(Culprit c, Naming n) {
        if (c.property() != Property.NO_LEAK || !(c.concerns(RefKind.DENTRY) || c.concerns(RefKind.VFSMOUNT))) {
            return Optional.empty();
        }
        return n.scenario().hooks().stream().filter(h -> h.capture() == PathCapture.POINTER).findFirst()
                .map((CloseHook h) -> new Fix("Copy struct path by value in " + Printable.of(h.name())
                        + " before calling close",
                        "__fput sets file->f_path.dentry and .mnt to NULL; a path_put through &file->f_path "
                                + "afterwards drops nothing. A copy keeps what path_get took.",
                        "seed 004", new SetHookCapture(h.id(), PathCapture.COPY)));
    }
}

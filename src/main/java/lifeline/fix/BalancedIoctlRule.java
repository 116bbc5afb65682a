package lifeline.fix;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lifeline.edit.SetOperations;
import lifeline.model.FputBalance;
import lifeline.model.Operation;
import lifeline.model.Printable;
import lifeline.model.ProcessNode;
import lifeline.model.Property;
import lifeline.trace.Naming;
import lifeline.trace.RefKind;

/** An ioctl whose fget is not balanced by exactly one fput: an f_count underflow or a leaked file. */
final class BalancedIoctlRule implements FixRule {
    @Override
    public Optional<Fix> propose(Culprit c, Naming n) {
        boolean underflow = c.property() == Property.NO_REFCOUNT_UNDERFLOW && c.concerns(RefKind.F_COUNT);
        boolean leak = c.property() == Property.NO_LEAK && c.concerns(RefKind.FILE);
        if (!underflow && !leak) {
            return Optional.empty();
        }
        FputBalance bad = underflow ? FputBalance.EXTRA : FputBalance.LEAK;
        for (ProcessNode p : n.scenario().processes()) {
            List<Operation> ops = new ArrayList<>(p.operations());
            ops.replaceAll(op -> op instanceof Operation.Ioctl i && i.balance() == bad
                    ? new Operation.Ioctl(i.fd(), FputBalance.BALANCED) : op);
            if (!ops.equals(p.operations())) {
                return Optional.of(new Fix("Balance the fget of " + Printable.of(p.name())
                        + "'s ioctl with exactly one fput",
                        underflow ? "an extra fput drops a reference the fd still holds: __fput runs early and "
                                + "the fd's close finds \"file count is 0\"."
                                : "an fget without fput keeps f_count above zero: the file is never freed.",
                        "fget/fput", new SetOperations(p.id(), ops)));
            }
        }
        return Optional.empty();
    }
}

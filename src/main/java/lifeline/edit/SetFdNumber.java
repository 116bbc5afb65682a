package lifeline.edit;

import java.util.ArrayList;
import java.util.List;
import lifeline.model.FdLink;
import lifeline.model.Operation;
import lifeline.model.ProcessNode;
import lifeline.model.Scenario;
import lifeline.model.ScenarioValidator;

/** Another number for an fd slot, as if by dup2 and close; the process's operations on it follow it. */
public record SetFdNumber(String process, int fd, int newFd) implements EditCommand {
    @Override
    public Scenario apply(Scenario s) {
        ProcessNode p = Nodes.process(s, process);
        if (s.fileAt(process, fd).isEmpty()) {
            throw new IllegalArgumentException("no fd " + fd + " in the fd table of " + Nodes.label(p));
        }
        if (newFd < 0 || newFd > ScenarioValidator.MAX_FD) {
            throw new EditRefusedException("EBADF: fd numbers run from 0 to " + ScenarioValidator.MAX_FD
                    + " (the default RLIMIT_NOFILE of 1024)");
        }
        if (newFd != fd && s.fileAt(process, newFd).isPresent()) {
            throw new EditRefusedException("EBUSY: fd " + newFd + " of " + Nodes.label(p) + " already points at "
                    + Nodes.label(s, s.fileAt(process, newFd).get()) + "; dup2 would close it: close it first");
        }
        List<FdLink> fds = new ArrayList<>(s.fds());
        fds.replaceAll(l -> l.process().equals(process) && l.fd() == fd ? new FdLink(process, newFd, l.file()) : l);
        List<Operation> ops = p.operations().stream().map(op -> op.fd() == fd ? renumbered(op) : op).toList();
        return Nodes.replace(s.withFds(fds), p.withOperations(ops));
    }

    private Operation renumbered(Operation op) {
        if (op instanceof Operation.Close) {
            return new Operation.Close(newFd);
        } else if (op instanceof Operation.Wake) {
            return new Operation.Wake(newFd);
        }
        return new Operation.Ioctl(newFd, ((Operation.Ioctl) op).balance());
    }

    @Override
    public String description() {
        return "Set fd number: " + fd + " -> " + newFd;
    }
}

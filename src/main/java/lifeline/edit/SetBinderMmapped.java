package lifeline.edit;

import lifeline.model.BinderFile;
import lifeline.model.Scenario;

/** Whether the binder was mmapped: proc->files holds the files_struct and vm_file an f_count. */
public record SetBinderMmapped(String binder, boolean mmapped) implements EditCommand {
    @Override
    public Scenario apply(Scenario s) {
        BinderFile b = Nodes.node(s, binder, BinderFile.class, "binder");
        return Nodes.replace(s, new BinderFile(b.id(), b.name(), b.opener(), mmapped, b.position()));
    }

    @Override
    public String description() {
        return "Set mmapped: " + (mmapped ? "yes" : "no");
    }
}

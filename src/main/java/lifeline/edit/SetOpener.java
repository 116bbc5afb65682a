package lifeline.edit;

import lifeline.model.FileNode;
import lifeline.model.Scenario;

/**
 * The process that opened a file: whose tgid tags its reserved memory, whose binder_proc a binder is.
 *
 * @param process the opener's id, or null for none
 */
public record SetOpener(String file, String process, String description) implements EditCommand {

    public SetOpener(String file, String process) {
        this(file, process, "Set opener");
    }

    public static SetOpener of(Scenario s, String file, String process) {
        return new SetOpener(file, process,
                process == null ? "Clear opener" : "Set opener: " + Nodes.label(s, process));
    }

    @Override
    public Scenario apply(Scenario s) {
        FileNode f = Nodes.node(s, file, FileNode.class, "file");
        if (process != null) {
            Nodes.process(s, process);
        }
        return Nodes.replace(s, Nodes.withOpener(f, process));
    }
}

package lifeline.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javafx.scene.control.ComboBox;
import lifeline.model.ProcessNode;
import lifeline.model.Scenario;

/** The process that opened a file, chosen among the scenario's processes; "none" is the empty id. */
final class OpenerField {
    private static final String NONE = "";

    private final ChoiceField<String> choice;
    private Scenario scenario;

    /** @param commit runs the command for a process id, or null for none; whether the model changed */
    OpenerField(String id, String tooltip, Predicate<String> commit) {
        choice = new ChoiceField<>(id, tooltip, this::words, this::hint,
                p -> commit.test(NONE.equals(p) ? null : p));
    }

    ComboBox<String> view() {
        return choice.view();
    }

    void show(Scenario s, String opener) {
        scenario = s;
        List<String> ids = new ArrayList<>();
        ids.add(NONE);
        s.processes().forEach(p -> ids.add(p.id()));
        String value = opener == null ? NONE : opener;
        if (!ids.contains(value)) {
            ids.add(value);
        }
        choice.show(ids, value);
    }

    private String words(String processId) {
        if (NONE.equals(processId)) {
            return "none";
        }
        return scenario == null ? processId
                : scenario.process(processId).map(p -> KernelWords.label(p) + " (tgid " + p.tgid() + ")")
                        .orElse(processId + " (missing)");
    }

    private String hint(String processId) {
        if (NONE.equals(processId)) {
            return "No opener: the file belongs to no process";
        }
        return scenario == null ? processId : scenario.process(processId).map(OpenerField::describe)
                .orElse("No process " + processId + " in the scenario");
    }

    private static String describe(ProcessNode p) {
        return "process \"" + KernelWords.label(p) + "\" (" + p.id() + "), tgid " + p.tgid();
    }
}

package lifeline.edit;

import java.util.Optional;
import lifeline.model.Scenario;

/**
 * One undoable edit of a scenario, like Scene Builder's Job. Commands are pure functions of the scenario:
 * {@link CommandStack} keeps the scenario before and after each one, so no command needs an inverse.
 */
public interface EditCommand {
    /**
     * The edited scenario. Throws (and so changes nothing) when the edit does not fit the scenario:
     * {@link EditRefusedException} with a reason for the user, IllegalArgumentException for a stale id.
     */
    Scenario apply(Scenario scenario);

    /** The text of the Edit menu after "Undo " or "Redo ", such as "Move 3 objects". */
    String description();

    /**
     * This command folded into the one executed just before it, when the two are one gesture for the user
     * (the frames of one drag); empty when they are separate undo steps.
     */
    default Optional<EditCommand> mergeWith(EditCommand previous) {
        return Optional.empty();
    }
}

package lifeline.fix;

import lifeline.edit.EditCommand;

/**
 * A fix for a recognised bug pattern: what to change, in the kernel's words, why, which seed
 * story it is, and the undoable edit that makes the change on the canvas.
 */
public record Fix(String title, String why, String story, EditCommand command) {
}

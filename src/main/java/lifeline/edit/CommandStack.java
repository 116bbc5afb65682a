package lifeline.edit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import lifeline.model.Scenario;

/**
 * The current scenario and its unlimited undo and redo history, like Scene Builder's JobManager. Each step
 * keeps the scenario before and after its command (the model is immutable, so this is cheap), which makes
 * undo and redo exact. Listeners are plain callbacks for a view model to adapt. Not thread-safe: the
 * application uses it on the FX thread.
 */
public final class CommandStack {
    private record Step(EditCommand command, Scenario before, Scenario after, long state) {}

    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private final List<Runnable> stateListeners = new ArrayList<>();
    private Scenario base;
    private long baseState;
    private long savedState;
    private long nextState;
    private boolean mergeable;

    public CommandStack(Scenario initial) {
        reset(initial);
    }

    public Scenario current() {
        return undo.isEmpty() ? base : undo.peek().after();
    }

    /**
     * Applies the command to the current scenario and makes it the next undo step, or folds it into the last
     * step when the command merges with it (the frames of one drag). A command that changes nothing leaves
     * no step. If the command throws, the exception propagates and nothing changes.
     *
     * @return whether the scenario changed
     */
    public boolean execute(EditCommand command) {
        Objects.requireNonNull(command, "command");
        Scenario before = current();
        Scenario after = command.apply(before);
        if (after.equals(before)) {
            return false;
        }
        Optional<EditCommand> merged = mergeable && !undo.isEmpty()
                ? command.mergeWith(undo.peek().command()) : Optional.empty();
        if (merged.isPresent()) {
            Step last = undo.pop();
            if (!after.equals(last.before())) {
                undo.push(new Step(merged.get(), last.before(), after, ++nextState));
            }
        } else {
            undo.push(new Step(command, before, after, ++nextState));
        }
        redo.clear();
        mergeable = true;
        changed();
        return true;
    }

    /** @return whether there was a step to undo */
    public boolean undo() {
        if (undo.isEmpty()) {
            return false;
        }
        redo.push(undo.pop());
        mergeable = false;
        changed();
        return true;
    }

    /** @return whether there was a step to redo */
    public boolean redo() {
        if (redo.isEmpty()) {
            return false;
        }
        undo.push(redo.pop());
        mergeable = false;
        changed();
        return true;
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** Such as "Move 3 objects", for "Undo Move 3 objects". */
    public Optional<String> undoDescription() {
        return undo.isEmpty() ? Optional.empty() : Optional.of(undo.peek().command().description());
    }

    public Optional<String> redoDescription() {
        return redo.isEmpty() ? Optional.empty() : Optional.of(redo.peek().command().description());
    }

    /** Records that the current scenario is what the file on disk holds; it also ends a drag's merging. */
    public void markSaved() {
        savedState = currentState();
        mergeable = false;
        List.copyOf(stateListeners).forEach(Runnable::run);
    }

    /** Whether the current scenario differs from the one last saved (or opened), even after undo and redo. */
    public boolean isDirty() {
        return currentState() != savedState;
    }

    /** Starts over with a new or opened scenario: no history, not dirty. */
    public void reset(Scenario scenario) {
        base = Objects.requireNonNull(scenario, "scenario");
        undo.clear();
        redo.clear();
        baseState = ++nextState;
        savedState = baseState;
        mergeable = false;
        changed();
    }

    /**
     * Called after every execute, undo, redo and reset, and after anything else a menu shows changes (history,
     * descriptions, dirty); returns its remover.
     */
    public Runnable addStateListener(Runnable listener) {
        stateListeners.add(listener);
        return () -> stateListeners.remove(listener);
    }

    private long currentState() {
        return undo.isEmpty() ? baseState : undo.peek().state();
    }

    private void changed() {
        List.copyOf(stateListeners).forEach(Runnable::run);
    }
}

package lifeline.ui.document;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import lifeline.edit.CommandStack;
import lifeline.edit.EditCommand;
import lifeline.edit.EditRefusedException;
import lifeline.model.Problem;
import lifeline.model.Scenario;

/**
 * The open document: the scenario behind a command stack, its file, the selection and what the
 * status bar says. Views bind to its read-only properties and change it only through commands.
 * Confined to the FX application thread.
 */
public final class DocumentModel {
    private final CommandStack stack;
    private final ReadOnlyObjectWrapper<Scenario> scenario = new ReadOnlyObjectWrapper<>(this, "scenario");
    private final ReadOnlyObjectWrapper<List<Problem>> problems = new ReadOnlyObjectWrapper<>(this, "problems");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", "Redo");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final ReadOnlyLongWrapper replacements = new ReadOnlyLongWrapper(this, "replacements");
    private final Selection selection = new Selection();
    private String displayName = "Untitled";

    public DocumentModel(Scenario initial) {
        stack = new CommandStack(initial);
        stack.addStateListener(this::refresh);
        refresh();
    }

    /**
     * Runs an edit. A refused edit changes nothing and puts its reason in the status bar.
     *
     * @return whether the scenario changed
     */
    public boolean execute(EditCommand command) {
        try {
            boolean changed = stack.execute(command);
            if (changed) {
                status.set(command.description());
            }
            return changed;
        } catch (EditRefusedException e) {
            status.set(e.reason());
            return false;
        } catch (IllegalArgumentException e) {
            status.set(e.getMessage());
            return false;
        }
    }

    public void undo() {
        String what = stack.undoDescription().orElse("");
        if (stack.undo()) {
            status.set("Undid " + lower(what));
        }
    }

    public void redo() {
        String what = stack.redoDescription().orElse("");
        if (stack.redo()) {
            status.set("Redid " + lower(what));
        }
    }

    private static String lower(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** Replaces the document (New, Open, an example): clears history, selection and dirtiness. */
    public void reset(Scenario s, Path path, String name) {
        file.set(path);
        displayName = name;
        selection.clear();
        stack.reset(s);
        stack.markSaved();
        refresh();
        replacements.set(replacements.get() + 1);
    }

    /**
     * The same document with the layout it gets on opening (a file without positions, arranged): no undo
     * step, not dirty, not a new document.
     */
    public void setOpeningLayout(Scenario arranged) {
        stack.reset(arranged);
        stack.markSaved();
        refresh();
    }

    /** After a successful save to path. */
    public void saved(Path path) {
        file.set(path);
        displayName = path.getFileName().toString();
        stack.markSaved();
        refresh();
    }

    private void refresh() {
        selection.retainExisting(stack.current());
        dirty.set(stack.isDirty());
        canUndo.set(stack.canUndo());
        canRedo.set(stack.canRedo());
        undoText.set(stack.undoDescription().map(d -> "Undo " + lower(d)).orElse("Undo"));
        redoText.set(stack.redoDescription().map(d -> "Redo " + lower(d)).orElse("Redo"));
        title.set((stack.isDirty() ? "*" : "") + displayName + " \u2014 Lifeline");
        if (stack.current() != scenario.get()) {
            // Last: the scenario's listeners see its problems and the rest of the document as they now are.
            problems.set(stack.current().problems());
            scenario.set(stack.current());
        }
    }

    public Scenario current() {
        return stack.current();
    }

    public Optional<Path> currentFile() {
        return Optional.ofNullable(file.get());
    }

    public String displayName() {
        return displayName;
    }

    public Selection selection() {
        return selection;
    }

    public ReadOnlyObjectProperty<Scenario> scenarioProperty() { return scenario.getReadOnlyProperty(); }
    /** The validator's problems of the scenario, found once per change; empty when it can be checked. */
    public ReadOnlyObjectProperty<List<Problem>> problemsProperty() { return problems.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty dirtyProperty() { return dirty.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canUndoProperty() { return canUndo.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canRedoProperty() { return canRedo.getReadOnlyProperty(); }
    public ReadOnlyStringProperty undoTextProperty() { return undoText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty redoTextProperty() { return redoText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }

    /** What the status bar shows: the last edit, refusal or error. */
    public StringProperty statusProperty() { return status; }
    /** Counts New, Open and examples: each replaces the document (what was checked no longer applies). */
    public ReadOnlyLongProperty replacementsProperty() { return replacements.getReadOnlyProperty(); }
}

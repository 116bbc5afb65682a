package lifeline.ui.files;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Answers the app's questions from a script, since native dialogs cannot be driven headless.
 * Every question is logged; one nobody scripted is logged as UNEXPECTED and answered "cancel".
 */
public final class ScriptedDialogs implements FileDialogs {
    public final List<String> asked = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();
    private final Deque<Path> opens = new ArrayDeque<>();
    private final Deque<ChosenFile> saves = new ArrayDeque<>();
    private final Deque<Path> directories = new ArrayDeque<>();
    private final Deque<UnsavedChoice> unsaved = new ArrayDeque<>();
    private final Deque<Boolean> overwrites = new ArrayDeque<>();
    private final Deque<Boolean> readOnly = new ArrayDeque<>();

    public ScriptedDialogs open(Path p) {
        opens.add(p);
        return this;
    }

    public ScriptedDialogs saveTo(Path p) {
        saves.add(new ChosenFile(p, false));
        return this;
    }

    public ScriptedDialogs saveTo(ChosenFile f) {
        saves.add(f);
        return this;
    }

    public ScriptedDialogs directory(Path p) {
        directories.add(p);
        return this;
    }

    public ScriptedDialogs unsaved(UnsavedChoice c) {
        unsaved.add(c);
        return this;
    }

    public ScriptedDialogs overwrite(boolean yes) {
        overwrites.add(yes);
        return this;
    }

    public ScriptedDialogs replaceReadOnly(boolean yes) {
        readOnly.add(yes);
        return this;
    }

    /** Answers scripted but never asked for. */
    public int unused() {
        return opens.size() + saves.size() + directories.size() + unsaved.size() + overwrites.size()
                + readOnly.size();
    }

    @Override
    public Optional<Path> chooseFileToOpen(Path initialDir) {
        return Optional.ofNullable(next("open", opens));
    }

    @Override
    public Optional<ChosenFile> chooseFileToSave(FileType type, String title, Path initialDir, String suggestedName) {
        return Optional.ofNullable(next("save " + type + " " + suggestedName, saves));
    }

    @Override
    public Optional<Path> chooseDirectory(String title, Path initialDir) {
        return Optional.ofNullable(next("directory", directories));
    }

    @Override
    public UnsavedChoice confirmUnsavedChanges(String documentName) {
        UnsavedChoice c = next("unsaved " + documentName, unsaved);
        return c == null ? UnsavedChoice.CANCEL : c;
    }

    @Override
    public boolean confirmOverwrite(List<Path> existing) {
        List<String> names = existing.stream().map(p -> p.getFileName().toString()).toList();
        Boolean yes = next("overwrite " + names, overwrites);
        return yes != null && yes;
    }

    @Override
    public boolean confirmReplaceReadOnly(Path file) {
        Boolean yes = next("read-only " + file.getFileName(), readOnly);
        return yes != null && yes;
    }

    @Override
    public void showError(String header, String message) {
        asked.add("error " + header);
        errors.add(message);
    }

    private <T> T next(String question, Deque<T> answers) {
        if (answers.isEmpty()) {
            asked.add("UNEXPECTED " + question);
            return null;
        }
        asked.add(question);
        return answers.poll();
    }
}

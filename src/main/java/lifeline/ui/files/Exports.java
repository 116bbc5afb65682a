package lifeline.ui.files;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.scene.image.Image;
import lifeline.io.AtomicFiles;
import lifeline.io.ExportFiles;
import lifeline.io.IoErrors;
import lifeline.model.Problem;
import lifeline.model.Scenario;
import lifeline.spec.GeneratedModel;
import lifeline.spec.ModelGenerator;
import lifeline.ui.document.DocumentModel;

/**
 * Export TLA+ (the same files, byte for byte, as the command line's export; with random runs chosen
 * for the next check, as its {@code export --simulate}) and Export Image (a PNG of the drawing).
 * Confined to the FX application thread.
 */
final class Exports {
    private final DocumentModel doc;
    private final Supplier<Image> drawing;
    private final FileDialogs dialogs;
    private final Supplier<Path> defaultDir;
    private final BooleanSupplier randomRuns;
    private Path lastTlaDir;
    private Path lastImageDir;

    Exports(DocumentModel doc, Supplier<Image> drawing, FileDialogs dialogs, Supplier<Path> defaultDir,
            BooleanSupplier randomRuns) {
        this.doc = doc;
        this.randomRuns = randomRuns;
        this.drawing = drawing;
        this.dialogs = dialogs;
        this.defaultDir = defaultDir;
    }

    void exportTla() {
        Scenario s = doc.current();
        List<Problem> problems = doc.problemsProperty().get();
        if (!problems.isEmpty()) {
            dialogs.showError("Cannot export TLA+: the scenario is not valid", describe(problems));
            return;
        }
        Optional<Path> dir = dialogs.chooseDirectory("Export TLA+ into Folder", orDefault(lastTlaDir));
        if (dir.isEmpty()) {
            return;
        }
        boolean random = randomRuns.getAsBoolean();
        GeneratedModel model = ModelGenerator.generate(s).forRandomRuns(random);
        List<Path> there = ExportFiles.existing(dir.get(), model.files().keySet());
        if (!there.isEmpty() && (!dialogs.confirmOverwrite(there) || !ReadOnlyTargets.allowed(dialogs, there))) {
            return;
        }
        try {
            ExportFiles.write(dir.get(), model.files());
            lastTlaDir = dir.get();
            doc.statusProperty().set("Exported " + names(model) + " to " + dir.get()
                    + (random ? ", configured for random runs (TLC's -simulate)" : ""));
        } catch (IOException e) {
            dialogs.showError("Cannot export TLA+", IoErrors.describe(e));
        }
    }

    void exportImage() {
        String base = FileType.SCENARIO.baseName(doc.displayName());
        Optional<Path> target = SaveTargets.choose(dialogs, FileType.PNG, "Export Image",
                orDefault(lastImageDir), base + FileType.PNG.extension());
        if (target.isEmpty() || !ReadOnlyTargets.allowed(dialogs, List.of(target.get()))) {
            return;
        }
        try {
            AtomicFiles.replace(target.get(), PngImages.encode(drawing.get()));
            lastImageDir = target.get().getParent();
            doc.statusProperty().set("Exported the drawing to " + target.get());
        } catch (IOException | IllegalArgumentException e) {
            String why = e instanceof IOException ? IoErrors.describe((IOException) e) : e.getMessage();
            dialogs.showError("Cannot export the image", why);
        }
    }

    static String describe(List<Problem> problems) {
        return "Fix " + (problems.size() == 1 ? "this problem" : "these " + problems.size() + " problems")
                + " first:\n" + problems.stream().map(p -> "\u2022 " + p).collect(Collectors.joining("\n"));
    }

    private Path orDefault(Path last) {
        return last != null ? last : defaultDir.get();
    }

    private static String names(GeneratedModel model) {
        List<String> names = List.copyOf(model.files().keySet());
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}

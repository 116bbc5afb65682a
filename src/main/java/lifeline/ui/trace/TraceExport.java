package lifeline.ui.trace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import lifeline.check.CheckJson;
import lifeline.check.CheckRequest;
import lifeline.check.CheckResult;
import lifeline.check.CheckText;
import lifeline.io.AtomicFiles;

/** Saves a check's result and trace as the CLI prints them, as text or as JSON, atomically. */
public final class TraceExport {
    /** The two formats, as the CLI's --format names them. */
    public enum Format { TEXT, JSON }

    private final ExportDialog dialog;

    public TraceExport(ExportDialog dialog) {
        this.dialog = dialog;
    }

    /**
     * Asks for a file and writes the export there.
     *
     * @return the file written, or empty when the user cancelled or would not replace a read-only file
     */
    public Optional<Path> export(Format format, String target, CheckRequest request, CheckResult result)
            throws IOException {
        String ext = format == Format.JSON ? "json" : "txt";
        String base = target.replaceAll("\\.lifeline\\.json$", "").replaceAll("[^A-Za-z0-9._-]+", "-");
        Optional<Path> file = dialog.chooseTarget(format == Format.JSON ? "trace as JSON" : "trace as text",
                base + "-check." + ext, ext);
        if (file.isPresent() && AtomicFiles.isReadOnly(file.get()) && !dialog.confirmReplaceReadOnly(file.get())) {
            return Optional.empty();
        }
        if (file.isPresent()) {
            String content = format == Format.JSON ? CheckJson.render(target, request, result) + "\n"
                    : CheckText.render(target, request, result);
            AtomicFiles.replace(file.get(), content.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }
}

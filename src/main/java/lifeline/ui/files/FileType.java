package lifeline.ui.files;

import java.nio.file.Path;
import java.util.Locale;
import lifeline.io.ScenarioJson;

/** The kinds of file the app saves, with their extensions. */
public enum FileType {
    SCENARIO("Lifeline scenarios", ScenarioJson.EXTENSION),
    PNG("PNG images", ".png");

    private final String description;
    private final String extension;

    FileType(String description, String extension) {
        this.description = description;
        this.extension = extension;
    }

    public String description() {
        return description;
    }

    /** The extension with its dot, such as ".png". */
    public String extension() {
        return extension;
    }

    /** The glob a file chooser filters with. */
    public String glob() {
        return "*" + extension;
    }

    /** The path, with the extension added if the user left it out. */
    public Path withExtension(Path p) {
        String name = p.getFileName().toString();
        return hasExtension(name) ? p : p.resolveSibling(name + extension);
    }

    /** The file name without this extension: "app.lifeline.json" gives "app". */
    public String baseName(String fileName) {
        return hasExtension(fileName) ? fileName.substring(0, fileName.length() - extension.length()) : fileName;
    }

    private boolean hasExtension(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(extension) && name.length() > extension.length();
    }
}

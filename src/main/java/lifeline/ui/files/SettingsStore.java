package lifeline.ui.files;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Properties;
import java.util.function.Consumer;
import lifeline.io.AtomicFiles;

/**
 * The app's few remembered settings (recent files, theme) in a small properties file, by default
 * ~/.config/lifeline/settings.properties; the system property lifeline.settings points it
 * elsewhere. Every change re-reads the file first, so two open windows do not undo each other.
 * Settings are a convenience: a file that cannot be read or written is logged, never shown.
 */
public final class SettingsStore {
    public static final String LOCATION_PROPERTY = "lifeline.settings";
    private static final String DARK_THEME = "theme.dark";
    private static final System.Logger LOG = System.getLogger(SettingsStore.class.getName());

    private final Path file;

    public SettingsStore(Path file) {
        this.file = file;
    }

    /** The user's store: lifeline.settings if set, else $XDG_CONFIG_HOME (or ~/.config)/lifeline. */
    public static SettingsStore user() {
        String override = System.getProperty(LOCATION_PROPERTY);
        if (override != null && !override.isBlank()) {
            return new SettingsStore(Path.of(override));
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path config = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".config");
        return new SettingsStore(config.resolve("lifeline").resolve("settings.properties"));
    }

    public Path file() {
        return file;
    }

    /** What the file says now; empty when it does not exist or cannot be read. */
    public Properties load() {
        Properties p = new Properties();
        try {
            p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (NoSuchFileException e) {
            // Nothing remembered yet.
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(Level.WARNING, "cannot read the settings in " + file + ": " + e);
        }
        return p;
    }

    public String get(String key, String fallback) {
        return load().getProperty(key, fallback);
    }

    /** Applies a change to what the file says now and saves it atomically. */
    public void update(Consumer<Properties> change) {
        Properties p = load();
        change.accept(p);
        try {
            StringWriter text = new StringWriter();
            p.store(text, "Lifeline settings");
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            AtomicFiles.replace(file, text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot save the settings in " + file + ": " + e);
        }
    }

    public void put(String key, String value) {
        update(p -> p.setProperty(key, value));
    }

    public boolean darkTheme() {
        return Boolean.parseBoolean(get(DARK_THEME, "false"));
    }

    public void setDarkTheme(boolean dark) {
        put(DARK_THEME, Boolean.toString(dark));
    }
}

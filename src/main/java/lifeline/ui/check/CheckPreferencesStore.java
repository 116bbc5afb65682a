package lifeline.ui.check;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import lifeline.io.AtomicFiles;
import lifeline.ui.files.SettingsStore;

/**
 * Keeps {@link CheckPreferences} in a small properties file (by default
 * ~/.config/lifeline/check.properties; tests point it elsewhere). A missing or damaged file reads as the
 * defaults, a value out of range as that value's default.
 */
public final class CheckPreferencesStore {
    private final Path file;

    public CheckPreferencesStore(Path file) {
        this.file = file;
    }

    /**
     * The user's store, beside the app's other settings: check.properties in the same folder
     * (~/.config/lifeline unless lifeline.settings points elsewhere, as the tests do, so that no
     * test reads or writes the preferences of the user who runs it).
     */
    public static CheckPreferencesStore user() {
        Path settings = SettingsStore.user().file();
        String name = settings.getFileName().toString().replaceFirst("\\.properties$", "");
        return new CheckPreferencesStore(settings.resolveSibling(
                name.equals("settings") ? "check.properties" : name + "-check.properties"));
    }

    public Path file() {
        return file;
    }

    public CheckPreferences load() {
        CheckPreferences d = CheckPreferences.defaults();
        Properties p = new Properties();
        try {
            if (!Files.isRegularFile(file)) {
                return d;
            }
            p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException | IllegalArgumentException e) {
            return d;
        }
        int workers = number(p, "workers", d.workers(), 1, CheckPreferences.MAX_WORKERS);
        int limit = number(p, "timeLimitSeconds", d.timeLimitSeconds(), 0, Integer.MAX_VALUE);
        int heap = number(p, "heapMb", d.heapMb(), lifeline.tlc.TlcOptions.MIN_HEAP_MB, CheckPreferences.MAX_HEAP_MB);
        boolean detailed = Boolean.parseBoolean(p.getProperty("detailedTrace", Boolean.toString(d.detailedTrace())));
        int live = number(p, "liveLimitMs", d.liveLimitMs(), CheckPreferences.MIN_LIVE_LIMIT_MS,
                CheckPreferences.MAX_LIVE_LIMIT_MS);
        boolean asYouEdit = Boolean.parseBoolean(p.getProperty("checkAsYouEdit",
                Boolean.toString(d.checkAsYouEdit())).strip());
        return new CheckPreferences(workers, limit, heap, detailed, live, asYouEdit);
    }

    private static int number(Properties p, String key, int fallback, int min, int max) {
        try {
            int v = Integer.parseInt(p.getProperty(key, "").strip());
            return v < min || v > max ? fallback : v;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** Writes the preferences atomically; the directory is created when missing. */
    public void save(CheckPreferences prefs) {
        Properties p = new Properties();
        p.setProperty("workers", Integer.toString(prefs.workers()));
        p.setProperty("timeLimitSeconds", Integer.toString(prefs.timeLimitSeconds()));
        p.setProperty("heapMb", Integer.toString(prefs.heapMb()));
        p.setProperty("detailedTrace", Boolean.toString(prefs.detailedTrace()));
        p.setProperty("liveLimitMs", Integer.toString(prefs.liveLimitMs()));
        p.setProperty("checkAsYouEdit", Boolean.toString(prefs.checkAsYouEdit()));
        StringWriter text = new StringWriter();
        try {
            p.store(text, "Lifeline check preferences");
            Path dir = file.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            AtomicFiles.replace(file, text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

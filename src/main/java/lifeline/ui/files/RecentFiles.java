package lifeline.ui.files;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The files opened or saved last, most recent first, at most {@link #MAX}, kept in the settings
 * store so they outlive the app. Confined to the FX application thread.
 */
public final class RecentFiles {
    public static final int MAX = 10;
    private static final String KEY = "recent.";

    private final SettingsStore store;
    private final ObservableList<Path> paths = FXCollections.observableArrayList();
    private final ObservableList<Path> view = FXCollections.unmodifiableObservableList(paths);

    public RecentFiles(SettingsStore store) {
        this.store = store;
        reload();
    }

    public ObservableList<Path> paths() {
        return view;
    }

    /** Picks up what another window of the app may have stored meanwhile. */
    public void reload() {
        List<Path> now = read(store.load());
        if (!now.equals(paths)) {
            paths.setAll(now);
        }
    }

    /** Puts a file first (moving it up if it was there already). */
    public void add(Path file) {
        Path p = normal(file);
        change(list -> {
            list.remove(p);
            list.add(0, p);
            return list.size() > MAX ? new ArrayList<>(list.subList(0, MAX)) : list;
        });
    }

    public void remove(Path file) {
        Path p = normal(file);
        change(list -> {
            list.remove(p);
            return list;
        });
    }

    public void clear() {
        change(list -> new ArrayList<>());
    }

    private void change(UnaryOperator<List<Path>> edit) {
        AtomicReference<List<Path>> result = new AtomicReference<>();
        store.update(props -> {
            List<Path> list = edit.apply(read(props));
            props.stringPropertyNames().stream().filter(k -> k.startsWith(KEY)).forEach(props::remove);
            for (int i = 0; i < list.size(); i++) {
                props.setProperty(KEY + (i + 1), list.get(i).toString());
            }
            result.set(list);
        });
        paths.setAll(result.get());
    }

    private static List<Path> read(Properties props) {
        List<Path> list = new ArrayList<>();
        for (int i = 1; i <= MAX; i++) {
            String s = props.getProperty(KEY + i);
            if (s == null || s.isBlank()) {
                continue;
            }
            try {
                Path p = normal(Path.of(s));
                if (!list.contains(p)) {
                    list.add(p);
                }
            } catch (InvalidPathException e) {
                // A path from another system or a hand-edited file: not worth a complaint.
            }
        }
        return list;
    }

    private static Path normal(Path p) {
        return p.toAbsolutePath().normalize();
    }
}

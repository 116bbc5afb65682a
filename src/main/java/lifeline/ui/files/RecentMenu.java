package lifeline.ui.files;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/** Fills the Open Recent menu: most recent first; a file that has gone is greyed out. */
public final class RecentMenu {
    private final Menu menu;
    private final FileActions files;

    public RecentMenu(Menu menu, FileActions files) {
        this.menu = menu;
        this.files = files;
        files.recent().paths().addListener((ListChangeListener<Path>) c -> rebuild());
        // Another window may have added files, and files come and go: look again each time.
        menu.setOnShowing(e -> {
            files.recent().reload();
            rebuild();
        });
        rebuild();
    }

    private void rebuild() {
        List<Path> paths = files.recent().paths();
        List<MenuItem> items = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            items.add(item(i, paths.get(i)));
        }
        if (paths.isEmpty()) {
            MenuItem none = new MenuItem("No Recent Files");
            none.setDisable(true);
            items.add(none);
        } else {
            MenuItem clear = new MenuItem("Clear Recent Files");
            clear.setId("recent-clear");
            clear.setOnAction(e -> files.recent().clear());
            items.add(new SeparatorMenuItem());
            items.add(clear);
        }
        menu.getItems().setAll(items);
    }

    private MenuItem item(int index, Path file) {
        boolean there = Files.isRegularFile(file);
        MenuItem item = new MenuItem(label(file) + (there ? "" : "  (missing)"));
        item.setId("recent-" + index);
        item.setMnemonicParsing(false);
        item.setDisable(!there);
        item.setOnAction(e -> files.openRecent(file));
        return item;
    }

    /** "app.lifeline.json — ~/scenarios": the name first, where it is after. */
    static String label(Path file) {
        Path dir = file.getParent();
        if (dir == null) {
            return file.toString();
        }
        Path home = Path.of(System.getProperty("user.home"));
        String where = dir.startsWith(home) && !home.toString().equals("/")
                ? "~" + dir.toString().substring(home.toString().length()) : dir.toString();
        return file.getFileName() + "  \u2014  " + where;
    }
}

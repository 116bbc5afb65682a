package lifeline.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recent files list: order, its cap, and the settings file that keeps it across runs. */
class RecentFilesTest {
    @TempDir
    Path dir;

    private Path file(String name) {
        return dir.resolve(name);
    }

    @Test
    void theMostRecentComesFirstAndReopeningMovesAFileUp() {
        RecentFiles recent = new RecentFiles(new SettingsStore(dir.resolve("s.properties")));
        recent.add(file("a"));
        recent.add(file("b"));
        recent.add(file("c"));
        recent.add(file("a"));
        assertEquals(List.of(file("a"), file("c"), file("b")), recent.paths());
    }

    @Test
    void itKeepsTheTenMostRecent() {
        RecentFiles recent = new RecentFiles(new SettingsStore(dir.resolve("s.properties")));
        List<Path> expected = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            recent.add(file("f" + i));
            expected.add(0, file("f" + i));
        }
        assertEquals(expected.subList(0, RecentFiles.MAX), recent.paths());
    }

    @Test
    void theListOutlivesTheAppInItsStore() {
        SettingsStore store = new SettingsStore(dir.resolve("config").resolve("s.properties"));
        RecentFiles first = new RecentFiles(store);
        first.add(file("a"));
        first.add(file("b"));
        assertTrue(Files.exists(store.file()));
        RecentFiles next = new RecentFiles(new SettingsStore(store.file()));
        assertEquals(List.of(file("b"), file("a")), next.paths());
        next.remove(file("b"));
        assertEquals(List.of(file("a")), new RecentFiles(store).paths());
        next.clear();
        assertEquals(List.of(), new RecentFiles(store).paths());
    }

    @Test
    void twoWindowsDoNotUndoEachOthersFiles() {
        SettingsStore store = new SettingsStore(dir.resolve("s.properties"));
        RecentFiles one = new RecentFiles(store);
        RecentFiles two = new RecentFiles(store);
        one.add(file("a"));
        two.add(file("b"));
        assertEquals(List.of(file("b"), file("a")), two.paths());
        one.reload();
        assertEquals(List.of(file("b"), file("a")), one.paths());
    }

    @Test
    void aRelativePathIsKeptAbsolute() {
        RecentFiles recent = new RecentFiles(new SettingsStore(dir.resolve("s.properties")));
        recent.add(Path.of("x.lifeline.json"));
        assertEquals(List.of(Path.of("x.lifeline.json").toAbsolutePath()), recent.paths());
    }

    @Test
    void anUnreadableOrForeignStoreGivesAnEmptyListAndOtherSettingsSurvive() throws Exception {
        Path f = dir.resolve("s.properties");
        Files.writeString(f, "theme.dark=true\nrecent.1=\nrecent.3=" + file("z") + "\nsomething.else=1\n");
        SettingsStore store = new SettingsStore(f);
        RecentFiles recent = new RecentFiles(store);
        assertEquals(List.of(file("z")), recent.paths());
        recent.add(file("a"));
        assertTrue(store.darkTheme());
        assertEquals("1", store.get("something.else", null));
        assertEquals(List.of(), new RecentFiles(new SettingsStore(dir.resolve("missing").resolve("s"))).paths());
    }
}

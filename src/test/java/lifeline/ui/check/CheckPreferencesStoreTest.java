package lifeline.ui.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import lifeline.spec.Granularity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Preferences survive a restart; a missing or damaged file reads as the defaults. */
class CheckPreferencesStoreTest {
    @TempDir
    Path dir;

    @Test
    void roundTripsThroughAFileInANewDirectory() {
        CheckPreferencesStore store = new CheckPreferencesStore(dir.resolve("a/b/check.properties"));
        CheckPreferences p = new CheckPreferences(3, 120, 2048, true, 1500, false);
        store.save(p);
        assertEquals(p, store.load());
        assertEquals(Duration.ofMillis(1500), store.load().liveLimit());
        assertFalse(store.load().checkAsYouEdit());
    }

    @Test
    void theUsersStoreLivesBesideTheOtherSettingsNotInTheHomeOfWhoeverRunsTheTests() {
        Path settings = lifeline.ui.files.SettingsStore.user().file();
        Path check = CheckPreferencesStore.user().file();
        assertEquals(settings.getParent(), check.getParent());
        assertTrue(check.getFileName().toString().endsWith("-check.properties"), check.toString());
        assertFalse(check.startsWith(Path.of(System.getProperty("user.home"))), check.toString());
    }

    @Test
    void missingOrDamagedFilesReadAsDefaults() throws Exception {
        CheckPreferencesStore store = new CheckPreferencesStore(dir.resolve("check.properties"));
        assertEquals(CheckPreferences.defaults(), store.load());
        Files.writeString(store.file(), "workers=0\ntimeLimitSeconds=-4\nheapMb=banana\ndetailedTrace=true\n");
        assertEquals(CheckPreferences.defaults().withDetailedTrace(true), store.load());
        Files.writeString(store.file(), "liveLimitMs=20\n");
        assertEquals(CheckPreferences.DEFAULT_LIVE_LIMIT_MS, store.load().liveLimitMs(), "under the minimum");
        Files.writeString(store.file(), "\\u12");
        assertEquals(CheckPreferences.defaults(), store.load());
    }

    @Test
    void preferencesBecomeTlcOptions() {
        CheckPreferences p = new CheckPreferences(2, 10, 512, true);
        assertEquals(Granularity.LITERAL, p.granularity());
        assertEquals(2, p.tlcOptions().workers());
        assertEquals(512, p.tlcOptions().heapMb());
        assertEquals(Duration.ofSeconds(10), p.tlcOptions().timeout());
        assertEquals(null, CheckPreferences.defaults().tlcOptions().timeout());
        assertEquals(Granularity.FUSED, CheckPreferences.defaults().granularity());
        assertThrows(IllegalArgumentException.class, () -> new CheckPreferences(0, 0, 512, false));
        assertThrows(IllegalArgumentException.class, () -> new CheckPreferences(1, 0, 8, false));
        assertThrows(IllegalArgumentException.class, () -> new CheckPreferences(1, 0, 512, false, 0));
    }
}

package lifeline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A key the reader does not know is a typo: refused with its place and the nearest known key. */
class UnknownKeysTest {
    private static final String NAME = "seed001.lifeline.json";
    private static final String SEED = Examples.text("seed001-epoll-flush-uaf").orElseThrow();

    private static ScenarioFormatException refused(String piece, String replacement) {
        assertEquals(SEED.indexOf(piece), SEED.lastIndexOf(piece), "ambiguous piece " + piece);
        assertTrue(SEED.contains(piece), piece);
        String text = SEED.replace(piece, replacement);
        return assertThrows(ScenarioFormatException.class, () -> ScenarioJson.fromJson(text, NAME));
    }

    /** The four typos that once turned the seed-001 violation into a pass. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"exits\" : true|\"exit\" : true|12:7|processes[0]: unknown key \"exit\"; did you mean \"exits\"?",
        "\"operations\" : [ ]|\"operation\" : [ ]|13:7|processes[0]: unknown key \"operation\"; did you mean \"operations\"?",
        "\"waitQueueFreedIn\"|\"waitQueueFreedin\"|26:9|files[0].driver: unknown key \"waitQueueFreedin\"; did you mean \"waitQueueFreedIn\"?",
        "\"reservedMemory\"|\"reservedmemory\"|28:9|files[0].driver: unknown key \"reservedmemory\"; did you mean \"reservedMemory\"?"})
    void aTypoInAKeyIsRefusedWithTheNearestKnownKey(String piece, String typo, String at, String detail) {
        ScenarioFormatException e = refused(piece, typo);
        assertEquals(NAME + ":" + at + ": " + detail, e.getMessage());
    }

    @Test
    void aKeyFarFromEveryKnownOneListsTheKnownKeys() {
        ScenarioFormatException e = refused("\"watches\" : [\n    { \"epoll\" : \"E1\", \"target\" : \"F1\" }",
                "\"watches\" : [\n    { \"epoll\" : \"E1\", \"target\" : \"F1\", \"colour\" : \"red\" }");
        assertEquals("watches[0]: unknown key \"colour\"; the keys here are \"epoll\", \"target\"", e.detail());
        assertTrue(e.line() > 0, e.getMessage());
    }

    @Test
    void anUnknownTopLevelKeyIsRefused() {
        ScenarioFormatException e = refused("\"title\" :", "\"titel\" :");
        assertEquals(NAME + ":4:3: unknown key \"titel\"; did you mean \"title\"?", e.getMessage());
    }

    @Test
    void aKeyOfAnotherKindIsRefused() {
        ScenarioFormatException e = refused("\"kind\" : \"epoll\",", "\"kind\" : \"epoll\", \"mmapped\" : true,");
        assertTrue(e.detail().startsWith("files[1]: unknown key \"mmapped\""), e.getMessage());
    }

    @Test
    void aNewerVersionIsRefusedBeforeItsKeysAreLookedAt() {
        ScenarioFormatException e = refused("\"version\" : 1,", "\"version\" : 7, \"newKey\" : 1,");
        assertEquals("version: written by a newer Lifeline (version 7); this one reads up to " + ScenarioJson.VERSION,
                e.detail());
    }

    @Test
    void aMisspeltRequiredKeyIsPointedAt() {
        ScenarioFormatException e = refused("\"tgid\" : 300", "\"tgi\" : 300");
        assertEquals(NAME + ":11:7: processes[0]: missing required key \"tgid\"; is \"tgi\" a misspelling of it?",
                e.getMessage());
    }

    @Test
    void theExampleItselfIsRead() throws ScenarioFormatException {
        assertEquals("app", ScenarioJson.fromJson(SEED, NAME).processes().get(0).name());
    }
}

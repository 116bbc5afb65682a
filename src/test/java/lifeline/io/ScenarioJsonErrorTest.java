package lifeline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every way a file can be refused, and that the message says where and what in plain words. */
class ScenarioJsonErrorTest {
    private static final String NAME = "app.lifeline.json";
    private static final String GOLDEN = ScenarioJsonGoldenTest.GOLDEN;

    private static ScenarioFormatException refused(String text) {
        ScenarioFormatException e = assertThrows(ScenarioFormatException.class, () -> ScenarioJson.fromJson(text, NAME));
        assertTrue(e.getMessage().startsWith(NAME + ":"), e.getMessage());
        assertEquals(NAME, e.source());
        return e;
    }

    /** The golden file with one piece of text replaced; the piece must occur exactly once. */
    private static String golden(String piece, String replacement) {
        assertEquals(GOLDEN.indexOf(piece), GOLDEN.lastIndexOf(piece), "ambiguous piece " + piece);
        assertTrue(GOLDEN.contains(piece), piece);
        return GOLDEN.replace(piece, replacement);
    }

    @Test
    void aBadTokenIsReportedAtItsLineAndColumn() {
        ScenarioFormatException e = refused(golden("\"exits\" : true", "\"exits\" : ture"));
        assertEquals(12, e.line());
        assertEquals(NAME + ":12:" + e.column() + ": unknown word \"ture\"; expected a value: a string in double"
                + " quotes, a number, an object, an array, true, false or null", e.getMessage());
    }

    @Test
    void aMissingCommaSaysWhatWasExpected() {
        ScenarioFormatException e = refused(golden("\"tgid\" : 100,", "\"tgid\" : 100"));
        assertEquals(NAME + ":12:7: expected ',' or '}', found '\"'", e.getMessage());
    }

    @Test
    void aTrailingCommaGetsAHint() {
        ScenarioFormatException e = refused(golden("\"openTakesDeviceRef\" : false", "\"openTakesDeviceRef\" : false,"));
        assertTrue(e.getMessage().matches(NAME + ":\\d+:\\d+: expected a key in double quotes, found '}';"
                + " JSON allows no ',' before '}'"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"1", "2", "100", "400", "900"})
    void aTruncatedFileEndsTooEarlyAtItsLastLine(int length) {
        String text = GOLDEN.substring(0, length);
        ScenarioFormatException e = refused(text);
        assertTrue(e.detail().startsWith("the file ends"), e.getMessage());
        assertEquals(text.split("\n", -1).length, e.line(), e.getMessage());
    }

    @Test
    void aDuplicateKeyIsRefused() {
        ScenarioFormatException e = refused(golden("\"name\" : \"app\",", "\"name\" : \"app\", \"name\" : \"app2\","));
        assertTrue(e.getMessage().endsWith("the key \"name\" appears twice in one object"), e.getMessage());
    }

    @Test
    void textAfterTheObjectIsRefused() {
        refused(GOLDEN + "{}");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "\"tgid\" : 100 | \"tgid\" : \"three\" | processes[0].tgid: expected a whole number, found \"three\"",
        "\"tgid\" : 100 | \"tgid\" : 1e3 | processes[0].tgid: expected a whole number, found 1000.0",
        "\"tgid\" : 100 | \"tgid\" : 3000000000 | processes[0].tgid: expected a whole number from -2147483648 to 2147483647, found 3000000000",
        "\"tgid\" : 100 | \"tgid\" : null | processes[0].tgid: expected a whole number, found null",
        "\"fd\" : 3 } | \"fd\" : 3.5 } | processes[0].operations[0].fd: expected a whole number, found 3.5",
        "\"exits\" : true | \"exits\" : \"yes\" | processes[0].exits: expected true or false, found \"yes\"",
        "\"x\" : 10 | \"x\" : \"left\" | processes[0].position.x: expected a finite number, found \"left\"",
        "\"x\" : 10 | \"x\" : 1e999 | processes[0].position.x: expected a finite number, found Infinity",
        "\"name\" : \"app\" | \"name\" : 7 | processes[0].name: expected a string, found 7",
        "\"opener\" : \"P1\" | \"opener\" : [ ] | files[0].opener: expected a string, found an array",
        "\"hooks\" : [ ] | \"hooks\" : { } | hooks: expected an array, found an object",
        "\"kworker\" : null | \"kworker\" : 2 | kworker: expected an object, found 2",
        "\"title\" : \"golden\" | \"title\" : false | title: expected a string, found false",
        "\"devices\" : [ ] | \"devices\" : [ \"D1\" ] | devices[0]: expected an object, found \"D1\"",
        "\"fds\" : [ | \"fds\" : [ 3, | fds[0]: expected an object, found 3",
        "[ \"NoUseAfterFree\" | [ \"NoUseAfterFree\", 5 | properties[1]: expected a string, found 5",
    })
    void aValueOfTheWrongTypeIsReportedAtItsPath(String piece, String replacement, String expected) {
        assertEquals(NAME + ": " + expected, refused(golden(piece, replacement)).getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "\"id\" : \"P1\", | '' | processes[0]: missing required key \"id\"",
        "\"tgid\" : 100, | '' | processes[0]: missing required key \"tgid\"",
        "\"kind\" : \"driver\", | '' | files[0]: missing required key \"kind\"",
        "\"opener\" : \"P1\", | '' | files[0]: missing required key \"opener\"",
        "\"op\" : \"close\", | '' | processes[0].operations[0]: missing required key \"op\"",
        "\"fd\" : 3, \"file\" | \"file\" | fds[0]: missing required key \"fd\"",
        "\"version\" : 2, | '' | missing required key \"version\"",
    })
    void aMissingKeyIsNamed(String piece, String replacement, String expected) {
        assertEquals(NAME + ": " + expected, refused(golden(piece, replacement)).getMessage());
    }

    @Test
    void aDriverFileNeedsItsDriver() {
        String text = GOLDEN.replaceAll("(?s)\"driver\" : \\{.*?\\},", "");
        assertEquals(NAME + ": files[0]: missing required key \"driver\"", refused(text).getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "\"fput\" : \"extra\" | \"fput\" : \"twice\" | processes[0].operations[1].fput: unknown fput \"twice\"; allowed: \"balanced\", \"leak\", \"extra\"",
        "\"op\" : \"close\" | \"op\" : \"read\" | processes[0].operations[0].op: unknown operation \"read\"; allowed: \"close\", \"wake\", \"ioctl\"",
        "\"kind\" : \"driver\" | \"kind\" : \"pipe\" | files[0].kind: unknown kind \"pipe\"; allowed: \"driver\", \"epoll\", \"binder\"",
        "\"waitQueueFreedIn\" : \"flush\" | \"waitQueueFreedIn\" : \"none\" | files[0].driver.waitQueueFreedIn: unknown free site \"none\"; allowed: \"flush\", \"release\"",
        "\"privateDataFreedIn\" : \"none\" | \"privateDataFreedIn\" : \"FLUSH\" | files[0].driver.privateDataFreedIn: unknown free site \"FLUSH\"; allowed: \"none\", \"flush\", \"release\"",
        "\"reservedMemory\" : \"none\" | \"reservedMemory\" : \"all\" | files[0].driver.reservedMemory: unknown reserved memory \"all\"; allowed: \"none\", \"current_tgid\", \"file_record\"",
        "\"devices\" : [ ] | \"devices\" : [ { \"id\" : \"D1\", \"name\" : \"d\", \"unplug\" : \"yank\" } ] | devices[0].unplug: unknown unplug \"yank\"; allowed: \"none\", \"kref_put\", \"kfree\"",
        "\"hooks\" : [ ] | \"hooks\" : [ { \"id\" : \"H1\", \"name\" : \"h\", \"process\" : \"P1\", \"capture\" : \"ref\" } ] | hooks[0].capture: unknown capture \"ref\"; allowed: \"pointer\", \"copy\"",
        "\"order\" : \"program\" | \"order\" : \"sequential\" | processes[0].order: unknown order \"sequential\"; allowed: \"program\", \"any\"",
        "\"NoLeak\" | \"NoLeaks\" | properties[3]: unknown property \"NoLeaks\"; allowed: \"NoUseAfterFree\", \"NoDoubleFree\", \"NoRefcountUnderflow\", \"NoLeak\", \"ReleaseInOpenerContext\"",
    })
    void anUnknownValueListsTheAllowedOnes(String piece, String replacement, String expected) {
        assertEquals(NAME + ": " + expected, refused(golden(piece, replacement)).getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "\"version\" : 2 | \"version\" : 3 | version: written by a newer Lifeline (version 3); this one reads up to 2",
        "\"version\" : 2 | \"version\" : 0 | version: there is no version 0; versions start at 1",
        "\"version\" : 2 | \"version\" : \"2\" | version: expected a whole number, found \"2\"",
        "\"format\" : \"lifeline-scenario\" | \"format\" : \"excalidraw\" | format: expected \"lifeline-scenario\", found \"excalidraw\"; is this a Lifeline scenario file?",
        "\"format\" : \"lifeline-scenario\", | '' | missing required key \"format\"; is this a Lifeline scenario file?",
    })
    void theFormatAndVersionAreChecked(String piece, String replacement, String expected) {
        assertEquals(NAME + ": " + expected, refused(golden(piece, replacement)).getMessage());
    }

    @Test
    void aNewerVersionIsRefusedBeforeItsUnknownStructure() {
        String future = "{ \"format\" : \"lifeline-scenario\", \"version\" : 3, \"processes\" : { \"P1\" : { } } }";
        assertEquals(NAME + ": version: written by a newer Lifeline (version 3); this one reads up to 2",
                refused(future).getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'' | the file is empty; expected a Lifeline scenario",
        "'  \n ' | the file is empty; expected a Lifeline scenario",
        "[ ] | expected a JSON object at the top level, found an array",
        "\"lifeline\" | expected a JSON object at the top level, found \"lifeline\"",
        "{ } | missing required key \"format\"; is this a Lifeline scenario file?",
    })
    void aFileThatIsNoScenarioAtAllIsRefused(String text, String expected) {
        assertEquals(NAME + ": " + expected, refused(text).getMessage());
    }

    @Test
    void controlCharactersInBadValuesAreShownEscaped() {
        String e = refused(golden("\"op\" : \"close\"", "\"op\" : \"clo\\u0007se\\n\"")).getMessage();
        assertTrue(e.contains("unknown operation \"clo\\x07se\\n\""), e);
    }

    @Test
    void absurdNestingIsRefusedWithoutAStackOverflow() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        assertTrue(refused(deep).detail().startsWith("the JSON nests too deeply"));
    }
}

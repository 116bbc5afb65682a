package lifeline.tlc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ToolMessageParserTest {

    private static final String VERSION = "@!@!@STARTMSG 2262:0 @!@!@\nTLC2 Version 2.18 of 20 March 2023\n@!@!@ENDMSG 2262 @!@!@\n";

    @Test
    void parsesAMessageAndTheTextAroundIt() {
        List<ToolOutput> out = ToolMessageParser.parseAll("Parsing file A.tla\n" + VERSION + "Semantic processing of module A\n");

        assertEquals(List.of(
                new PlainText("Parsing file A.tla"),
                new ToolMessage(2262, 0, "TLC2 Version 2.18 of 20 March 2023"),
                new PlainText("Semantic processing of module A")), out);
    }

    @Test
    void keepsNestedMessagesAsChildren() {
        String text = "@!@!@STARTMSG 1000:1 @!@!@\n"
                + "@!@!@STARTMSG 2184:0 @!@!@\nAttempted to apply Head to the empty sequence.\n@!@!@ENDMSG 2184 @!@!@\n"
                + "@!@!@ENDMSG 1000 @!@!@\n";

        List<ToolOutput> out = ToolMessageParser.parseAll(text);

        ToolMessage child = new ToolMessage(2184, 0, "Attempted to apply Head to the empty sequence.");
        assertEquals(List.of(new ToolMessage(1000, 1, "", List.of(child))), out);
        assertEquals("Attempted to apply Head to the empty sequence.", out.get(0).fullText());
    }

    @Test
    void keepsTheParentsOwnTextAroundAChild() {
        String text = "@!@!@STARTMSG 1000:1 @!@!@\nbefore\n"
                + "@!@!@STARTMSG 2103:1 @!@!@\ninner\n@!@!@ENDMSG 2103 @!@!@\nafter\n@!@!@ENDMSG 1000 @!@!@\n";

        ToolMessage outer = (ToolMessage) ToolMessageParser.parseAll(text).get(0);

        assertEquals("before\nafter", outer.body());
        assertEquals(List.of(new ToolMessage(2103, 1, "inner")), outer.children());
    }

    @Test
    void startsAMessageInTheMiddleOfALine() {
        // As TLC prints it to stderr when it cannot create its metadir.
        String text = "Exception in thread \"main\" util.Assert$TLCRuntimeException: @!@!@STARTMSG 2162:0 @!@!@\n"
                + "That directory already exists.\n@!@!@ENDMSG 2162 @!@!@\n\tat util.Assert.check(Assert.java:91)\n";

        List<ToolOutput> out = ToolMessageParser.parseAll(text);

        assertEquals(List.of(
                new PlainText("Exception in thread \"main\" util.Assert$TLCRuntimeException:"),
                new ToolMessage(2162, 0, "That directory already exists."),
                new PlainText("\tat util.Assert.check(Assert.java:91)")), out);
    }

    @Test
    void waitsForATagCutByAChunkBoundary() {
        ToolMessageParser parser = new ToolMessageParser();

        assertEquals(List.of(), parser.feed("@!@!@STA"));
        assertEquals(List.of(), parser.feed("RTMSG 2185:0 @!@"));
        assertEquals(List.of(), parser.feed("!@\nStarting...\n@!@!@ENDMSG 2185 @"));
        assertEquals(List.of(new ToolMessage(2185, 0, "Starting...")), parser.feed("!@!@\n"));
        assertEquals(List.of(), parser.finish());
    }

    @Test
    void holdsBackAPartialMarkAtTheEndOfText() {
        ToolMessageParser parser = new ToolMessageParser();

        assertEquals(List.of(new PlainText("Parsing file A.tla")), parser.feed("Parsing file A.tla\n@!"));
        List<ToolOutput> rest = parser.feed("@!@STARTMSG 2185:0 @!@!@\nStarting...\n@!@!@ENDMSG 2185 @!@!@\n");

        assertEquals(List.of(new ToolMessage(2185, 0, "Starting...")), rest);
    }

    @Test
    void deliversAPlainLineOnlyWhenItEnds() {
        ToolMessageParser parser = new ToolMessageParser();

        assertEquals(List.of(), parser.feed("Parsing fi"));
        assertEquals(List.of(new PlainText("Parsing file A.tla")), parser.feed("le A.tla\nSem"));
        assertEquals(List.of(new PlainText("Sem")), parser.finish());
    }

    @Test
    void givesTheSameResultForEveryChunking() {
        String text = Fixtures.output("eval_error");
        List<ToolOutput> whole = ToolMessageParser.parseAll(text);
        for (int size : new int[] {1, 2, 3, 5, 7, 13, 64}) {
            assertEquals(whole, parseInChunks(text, size), "chunks of " + size);
        }
    }

    @Test
    void closesAMessageTlcLeftOpenWhenItDied() {
        List<ToolOutput> out = ToolMessageParser.parseAll("@!@!@STARTMSG 2200:0 @!@!@\nProgress(3) at");

        assertEquals(List.of(new ToolMessage(2200, 0, "Progress(3) at")), out);
    }

    @Test
    void treatsMarksThatAreNoTagsAsText() {
        List<ToolOutput> out = ToolMessageParser.parseAll("x @!@!@ y\n@!@!@ENDMSG 5 @!@!@\n");

        assertEquals(List.of(new PlainText("x @!@!@ y"), new PlainText("@!@!@ENDMSG 5 @!@!@")), out);
    }

    @Test
    void ignoresWindowsLineEnds() {
        List<ToolOutput> out = ToolMessageParser.parseAll(VERSION.replace("\n", "\r\n"));

        assertEquals(List.of(new ToolMessage(2262, 0, "TLC2 Version 2.18 of 20 March 2023")), out);
    }

    @Test
    void dropsOnlyTheFramingNewlineAndTrailingBlankLines() {
        String text = "@!@!@STARTMSG 2217:4 @!@!@\n1: <Initial predicate>\n/\\ x = 0\n\n@!@!@ENDMSG 2217 @!@!@\n";

        ToolMessage state = (ToolMessage) ToolMessageParser.parseAll(text).get(0);

        assertEquals("1: <Initial predicate>\n/\\ x = 0", state.body());
        assertTrue(state.children().isEmpty());
    }

    static List<ToolOutput> parseInChunks(String text, int size) {
        ToolMessageParser parser = new ToolMessageParser();
        List<ToolOutput> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i += size) {
            out.addAll(parser.feed(text.substring(i, Math.min(text.length(), i + size))));
        }
        out.addAll(parser.finish());
        return out;
    }
}

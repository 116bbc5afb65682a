package lifeline.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import lifeline.trace.value.TlaInt;
import lifeline.trace.value.TlaSeq;
import lifeline.trace.value.TlaString;
import lifeline.trace.value.TlaValueParser;
import lifeline.trace.value.TlaValueSyntaxException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** State messages read as a check reads them: the header by the TLC event decoder, the variables here. */
class TraceStateParserTest {

    private static TraceState parse(String message) throws TlaValueSyntaxException {
        return DecodedStates.ofMessage(message);
    }

    @Test
    void initialStateWithVariablesInPrintedOrder() throws Exception {
        TraceState state = parse("1: <Initial predicate>\n/\\ y = \"a\"\n/\\ x = 0\n\n");
        assertEquals(1, state.number());
        assertEquals(TraceState.INITIAL_PREDICATE, state.actionName());
        assertEquals("", state.actionLocation());
        assertTrue(state.isInitial());
        assertEquals(List.of("y", "x"), List.copyOf(state.variables().keySet()));
        assertEquals(TlaInt.of(0), state.variable("x"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', value = {
            "2: <Next line 5, col 9 to line 5, col 42 of module T> # 2 # Next # line 5, col 9 to line 5, col 42 of module T",
            "7: <Action line 6, col 53 to line 6, col 111 of module V> # 7 # Action # line 6, col 53 to line 6, col 111 of module V",
            "3: <ActionName(p) line 1, col 1 to line 2, col 2 of module M> # 3 # ActionName(p) # line 1, col 1 to line 2, col 2 of module M",
            "4: <Next> # 4 # Next # ''",
            "State 5: <Next line 5, col 9 to line 5, col 42 of module T> # 5 # Next # line 5, col 9 to line 5, col 42 of module T",
    })
    void actionNameAndRawLocationFromTheHeader(String header, int number, String action, String location)
            throws Exception {
        TraceState state = parse(header + "\n/\\ x = 1\n/\\ y = 2\n");
        assertEquals(number, state.number());
        assertEquals(action, state.actionName());
        assertEquals(location, state.actionLocation());
        assertEquals(Map.of("x", TlaInt.of(1), "y", TlaInt.of(2)), state.variables());
    }

    @Test
    void actionOperatorDropsTheArguments() throws Exception {
        assertEquals("ActionName", parse("3: <ActionName(p) line 1, col 1 to line 2, col 2 of module M>\nx = 1\n")
                .actionOperator());
        assertEquals("Next", parse("3: <Next line 1, col 1 to line 2, col 2 of module M>\nx = 1\n").actionOperator());
    }

    @Test
    void singleVariableSpecsPrintWithoutTheConjunction() throws Exception {
        TraceState state = parse("2: <Next line 5, col 9 to line 5, col 27 of module L>\nx = 1\n\n");
        assertEquals(Map.of("x", TlaInt.of(1)), state.variables());
        TraceState spread = parse("1: <Initial predicate>\nseq = << \"a\",\n   \"b\" >>\n");
        assertEquals(TlaSeq.of(TlaString.of("a"), TlaString.of("b")), spread.variable("seq"));
    }

    @Test
    void variablesWithoutAHeader() throws Exception {
        assertEquals(Map.of("x", TlaInt.of(1), "y", TlaInt.of(2)), TraceStateParser.parseVariables("/\\ x = 1\n/\\ y = 2\n"));
        assertEquals(Map.of("x", TlaInt.of(1)), TraceStateParser.parseVariables("\nx = 1\n"));
        assertEquals(Map.of(), TraceStateParser.parseVariables(""));
    }

    /** Regression: an unfamiliar header became number -1, which a second header parser then failed on. */
    @ParameterizedTest
    @CsvSource(delimiter = '#', quoteCharacter = '~', value = {
            "~Step 2 of the behaviour:\n/\\ x = 1\n/\\ y = 2\n~",
            "~\n/\\ x = 1\n/\\ y = 2\n~",
            "~/\\ x = 1\n/\\ y = 2\n~",
            "~99999999999: <Next>\n/\\ x = 1\n/\\ y = 2\n~",
    })
    void aHeaderTheDecoderCannotReadStillGivesTheStateNumberedByItsPlace(String message) throws Exception {
        TraceState state = parse(message);
        assertEquals(1, state.number());
        assertEquals("", state.actionName());
        assertEquals(Map.of("x", TlaInt.of(1), "y", TlaInt.of(2)), state.variables());
    }

    @Test
    void longValuesContinueOnIndentedLines() throws Exception {
        String body = """
                3: <Next line 27, col 3 to line 42, col 11 of module TraceValues>
                /\\ s = { [id |-> 1, st |-> "open"],
                  [id |-> 2, st |-> "closed"] }
                /\\ fm = ( p1 :>
                      [ holder |-> NoFile,
                        count |-> -100000 ] @@
                  p2 :>
                      [ holder |-> p1,
                        count |-> -100000 ] )
                /\\ x = 2

                """;
        TraceState state = parse(body);
        assertEquals(List.of("s", "fm", "x"), List.copyOf(state.variables().keySet()));
        assertEquals(2, state.variable("s").asSet().size());
        assertEquals(TlaValueParser.parse("(p1 :> [holder |-> NoFile, count |-> -100000] @@ "
                + "p2 :> [holder |-> p1, count |-> -100000])"), state.variable("fm"));
    }

    @Test
    void conjunctionsAndAssignmentsInsideStringsDoNotSplitVariables() throws Exception {
        TraceState state = parse("1: <Initial predicate>\n/\\ str = \"a /\\\\ b = 1\\n/\\\\ c = 2\"\n/\\ n = -1\n");
        assertEquals("a /\\ b = 1\n/\\ c = 2", state.variable("str").asString());
        assertEquals(-1, state.variable("n").asInt());
    }

    @Test
    void windowsLineEndingsAreAccepted() throws Exception {
        TraceState state = parse("2: <Next line 5, col 9 to line 5, col 42 of module T>\r\n/\\ x = 1\r\n/\\ y = <<1,\r\n   2>>\r\n\r\n");
        assertEquals("line 5, col 9 to line 5, col 42 of module T", state.actionLocation());
        assertEquals(TlaSeq.of(TlaInt.of(1), TlaInt.of(2)), state.variable("y"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '#', quoteCharacter = '~', value = {
            "~1: <Initial predicate>\n/\\ x 1~ # 1 # 6",
            "~1: <Initial predicate>\n/\\ = 1~ # 1 # 4",
            "~1: <Initial predicate>\n/\\ x = 1\n/\\ x = 2~ # 2 # 4",
            "~1: <Initial predicate>\n/\\ x = 1\n/\\ r = [a |-> 1,\n  b 2]~ # 3 # 5",
            "~1: <Initial predicate>\nx = 1\ny = 2~ # 2 # 1",
    })
    void errorsPointIntoTheVariablesAfterTheHeader(String body, int line, int column) {
        TlaValueSyntaxException e = assertThrows(TlaValueSyntaxException.class, () -> parse(body));
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(column, e.column(), e.getMessage());
    }

    @Test
    void valueErrorsNameTheVariable() {
        TlaValueSyntaxException e = assertThrows(TlaValueSyntaxException.class,
                () -> parse("1: <Initial predicate>\n/\\ x = 1\n/\\ r = [a |-> 1,\n  b 2]\n"));
        assertEquals("variable r: expected '|->' but found integer 2 at line 3, column 5 (offset 30)", e.getMessage());
    }
}

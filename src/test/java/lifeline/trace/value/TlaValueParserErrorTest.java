package lifeline.trace.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TlaValueParserErrorTest {

    private static TlaValueSyntaxException failure(String text) {
        return assertThrows(TlaValueSyntaxException.class, () -> TlaValueParser.parse(text));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '#', quoteCharacter = '~', value = {
            "~~                      # 0  # a value                   # end of input",
            "<<1, 2                  # 6  # ',' or '>>'               # end of input",
            "<<1, 2}                 # 6  # ',' or '>>'               # '}'",
            "{1, 2]                  # 5  # ',' or '}'                # ']'",
            "[a |-> 1, b 2]          # 12 # '|->'                     # integer 2",
            "[]                      # 1  # a field name              # ']'",
            "[\"a\" |-> 1]           # 1  # a field name              # string \"a\"",
            "[a |-> 1, a |-> 2]      # 10 # a field name not already in this record # 'a'",
            "(1 :> 2 @@ 1 :> 3)      # 11 # a key not already in this function      # integer 1",
            "(1 :> 2 @@ 3)           # 12 # ':>'                      # ')'",
            "(1 @@ 2 :> 3)           # 3  # ':>' (each entry before '@@' is 'key :> value') # '@@'",
            "(1 :> 2                 # 7  # ')'                       # end of input",
            "1 2                     # 2  # end of input              # integer 2",
            "<<1>>>                  # 5  # end of input              # unexpected '>'",
            "1..3                    # 1  # end of input              # unexpected '.'",
            "- 1                     # 0  # a value                   # unexpected '-'",
            "-1a                     # 0  # a value                   # unexpected '-1a'",
            "_                       # 0  # a value                   # unexpected '_'",
            "{1, , 2}                # 4  # a value                   # ','",
            "\"abc                   # 4  # '\"' to close the string at offset 0 # end of input",
            "\"a\\qb\"               # 2  # one of the escapes \\\" \\\\ \\n \\t \\f \\r # '\\q'",
            "99999999999999999999    # 0  # an integer from -9223372036854775808 to 9223372036854775807 # integer 99999999999999999999",
            "-9223372036854775809    # 0  # an integer from -9223372036854775808 to 9223372036854775807 # integer -9223372036854775809",
    })
    void reportsOffsetWhatWasExpectedAndWhatWasFound(String text, int offset, String expected, String found) {
        TlaValueSyntaxException e = failure(text);
        assertEquals(offset, e.offset(), e.getMessage());
        assertEquals(expected, e.expected());
        assertEquals(found, e.found());
        assertEquals(1, e.line());
        assertEquals(offset + 1, e.column());
    }

    @Test
    void countsLinesAndColumnsFromOne() {
        TlaValueSyntaxException e = failure("<< [ a |-> 1,\n     b |-> 2 ],\n   [ c 3 ] >>");
        assertEquals(3, e.line());
        assertEquals(8, e.column());
        assertEquals(37, e.offset());
        assertEquals("expected '|->' but found integer 3 at line 3, column 8 (offset 37)", e.getMessage());
    }

    @Test
    void contextPrefixesTheMessageButKeepsThePosition() {
        TlaValueSyntaxException e = failure("{1,").withContext("variable r");
        assertTrue(e.getMessage().startsWith("variable r: expected a value but found end of input"), e.getMessage());
        assertEquals(3, e.offset());
    }

    @Test
    void refusesNestingDeeperThanTheLimitWithoutOverflowingTheStack() {
        String deep = "<<".repeat(100_000) + ">>".repeat(100_000);
        TlaValueSyntaxException e = failure(deep);
        assertEquals("at most " + TlaValueParser.MAX_DEPTH + " levels of nesting", e.expected());
        assertEquals(2 * TlaValueParser.MAX_DEPTH, e.offset());
    }

    @Test
    void acceptsNestingUpToTheLimit() throws Exception {
        int depth = TlaValueParser.MAX_DEPTH;
        TlaValue value = TlaValueParser.parse("{".repeat(depth) + "}".repeat(depth));
        assertEquals("{".repeat(depth) + "}".repeat(depth), value.toTla());
    }

    @Test
    void longOffendingTokensAreShortenedInTheMessage() {
        TlaValueSyntaxException e = failure("<<1 \"" + "x".repeat(200) + "\">>");
        assertTrue(e.found().length() < 50, e.found());
    }
}

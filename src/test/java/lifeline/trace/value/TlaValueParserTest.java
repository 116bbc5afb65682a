package lifeline.trace.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TlaValueParserTest {

    private static TlaValue parse(String text) throws TlaValueSyntaxException {
        return TlaValueParser.parse(text);
    }

    private static TlaInt i(long v) {
        return TlaInt.of(v);
    }

    private static TlaString s(String v) {
        return TlaString.of(v);
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "42, 42", "-1, -1", "-100000, -100000", "007, 7",
            "9223372036854775807, 9223372036854775807", "-9223372036854775808, -9223372036854775808"})
    void integersIncludingNegativeOnes(String text, long expected) throws Exception {
        assertEquals(i(expected), parse(text));
    }

    @Test
    void booleans() throws Exception {
        assertEquals(TlaBool.TRUE, parse("TRUE"));
        assertEquals(TlaBool.FALSE, parse(" FALSE "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"p1", "NoFile", "a_b", "_x1", "1a", "TRUEx", "Nat", "\u00e9t\u00e9"})
    void bareNamesAreModelValues(String name) throws Exception {
        assertEquals(TlaModelValue.of(name), parse(name));
    }

    @Test
    void stringsWithTlcEscapes() throws Exception {
        assertEquals(s(""), parse("\"\""));
        assertEquals(s("he said \"hi\" \\ back /\\ x = 1"), parse("\"he said \\\"hi\\\" \\\\ back /\\\\ x = 1\""));
        assertEquals(s("c\nd\te\f\r"), parse("\"c\\nd\\te\\f\\r\""));
        assertEquals(s("no, {escapes} [here] <<>> :> @@ |->"), parse("\"no, {escapes} [here] <<>> :> @@ |->\""));
        assertEquals(s("unicode \u00e9\u4e2d"), parse("\"unicode \u00e9\u4e2d\""));
    }

    @Test
    void sequencesIncludingEmptyOnes() throws Exception {
        assertEquals(TlaSeq.EMPTY, parse("<<>>"));
        assertEquals(TlaSeq.EMPTY, parse("<< >>"));
        assertEquals(TlaSeq.of(s("s"), TlaBool.TRUE), parse("<<\"s\", TRUE>>"));
        assertEquals(TlaSeq.of(TlaSeq.of(TlaRecord.of("k", i(1))), TlaSeq.EMPTY), parse("<<<<[k |-> 1]>>, <<>>>>"));
    }

    @Test
    void setsIncludingEmptyOnes() throws Exception {
        assertEquals(TlaSet.EMPTY, parse("{}"));
        assertEquals(TlaSet.of(i(1), i(2)), parse("{1, 2}"));
        assertEquals(TlaSet.of(i(2), i(1)), parse("{1, 2}"), "sets compare by content");
        assertEquals(List.of(i(2), i(1)), List.copyOf(parse("{2, 1}").asSet()), "but keep the printed order");
        assertEquals(TlaSet.of(TlaSet.EMPTY, TlaSet.of(TlaModelValue.of("p1"))), parse("{{}, {p1}}"));
    }

    @Test
    void recordsKeepPrintedOrderAndCompareByContent() throws Exception {
        TlaValue value = parse("[f |-> <<\"x\", \"y\">>, b |-> <<\"s\", TRUE>>, a |-> {1, 2}]");
        assertEquals(List.of("f", "b", "a"), List.copyOf(((TlaRecord) value).fields().keySet()));
        assertEquals(parse("[a |-> {2, 1}, b |-> <<\"s\", TRUE>>, f |-> <<\"x\", \"y\">>]"), value);
        assertEquals(TlaSeq.of(s("x"), s("y")), value.field("f"));
    }

    @Test
    void recordFieldsMayBeNamedLikeKeywords() throws Exception {
        // TLC prints [v \in {"TRUE", "y"} |-> {}] as a record with a field TRUE.
        TlaValue value = parse("[TRUE |-> {}, y |-> {}]");
        assertEquals(TlaSet.EMPTY, value.field("TRUE"));
    }

    @Test
    void functionsInParenthesesWithAnyKeys() throws Exception {
        Map<TlaValue, TlaValue> expected = new LinkedHashMap<>();
        expected.put(i(1), s("a"));
        expected.put(i(3), s("b"));
        expected.put(i(10), s("c\nd\te"));
        assertEquals(new TlaFunction(expected), parse("(1 :> \"a\" @@ 3 :> \"b\" @@ 10 :> \"c\\nd\\te\")"));
        assertEquals(TlaFunction.of(TlaSeq.EMPTY, i(1)), parse("(<<>> :> 1)"));
        TlaValue overModelValues = parse("(p1 :> NoFile @@ p2 :> NoFile)");
        assertEquals(TlaModelValue.of("NoFile"), overModelValues.apply(TlaModelValue.of("p2")));
        assertEquals(s("x"), parse("(-5 :> -3 @@ -1 :> \"x\")").apply(i(-1)));
    }

    @Test
    void functionsWithoutParenthesesAtTopLevelAndInside() throws Exception {
        assertEquals(parse("(1 :> 2 @@ 3 :> 4)"), parse("1 :> 2 @@ 3 :> 4"));
        assertEquals(TlaSeq.of(TlaFunction.of(i(1), i(2))), parse("<<1 :> 2>>"));
    }

    @Test
    void nestedFunctionsAsKeysAndValues() throws Exception {
        TlaValue value = parse("((1 :> 2) :> (p1 :> <<-1, -2, \"x\">> @@ p2 :> {}) @@ {} :> [a |-> (\"a b\" :> 1)])");
        TlaValue inner = value.apply(TlaFunction.of(i(1), i(2)));
        assertEquals(TlaSeq.of(i(-1), i(-2), s("x")), inner.apply(TlaModelValue.of("p1")));
        assertEquals(i(1), value.apply(TlaSet.EMPTY).field("a").field("a b"));
    }

    @Test
    void parenthesesAroundAPlainValueAreJustGrouping() throws Exception {
        assertEquals(i(1), parse("((1))"));
    }

    @Test
    void whitespaceAndNewlinesAnywhereBetweenTokens() throws Exception {
        String tlcPrettyPrinted = """
                ( p1 :>
                      [ holder |-> NoFile,
                        count |-> -100000,
                        tags |-> <<"alpha", "beta", "gamma">> ] @@
                  p2 :>
                      [ holder |-> p1,
                        count |-> -100000,
                        tags |-> <<"alpha", "beta", "gamma">> ] )
                """;
        TlaValue value = parse(tlcPrettyPrinted);
        assertInstanceOf(TlaFunction.class, value);
        assertEquals(TlaModelValue.of("p1"), value.apply(TlaModelValue.of("p2")).field("holder"));
        assertEquals(parse("<<1,2>>"), parse("\r\n\t<<\f1 ,\n\n  2\r\n>>  \n"));
    }

    @Test
    void tlcSequenceOfRecordsPrintedOverSeveralLines() throws Exception {
        String text = """
                << [ owner |-> p1,
                     refcount |-> -2,
                     name |-> "object_with_long_name",
                     flags |-> {"A", "B"} ],
                   [ owner |-> p1,
                     refcount |-> -1,
                     name |-> "object_with_long_name",
                     flags |-> {"A", "B"} ] >>""";
        List<TlaValue> seq = parse(text).asSeq();
        assertEquals(2, seq.size());
        assertEquals(-1, seq.get(1).field("refcount").asInt());
        assertEquals(TlaSet.of(s("A"), s("B")), seq.get(0).field("flags"));
    }

    @Test
    void parsesASliceWithPositionsOfTheWholeText() throws Exception {
        String text = "x = <<1, 2>> trailing";
        assertEquals(TlaSeq.of(i(1), i(2)), TlaValueParser.parse(text, 3, 12));
    }

    @Test
    void largeValuesParseQuickly() throws Exception {
        StringBuilder text = new StringBuilder("{");
        for (int k = 0; k < 20_000; k++) {
            text.append(k == 0 ? "" : ", ").append("[id |-> ").append(k).append(", st |-> \"open\", o |-> p1]");
        }
        text.append('}');
        long start = System.nanoTime();
        assertEquals(20_000, parse(text.toString()).asSet().size());
        long millis = (System.nanoTime() - start) / 1_000_000;
        org.junit.jupiter.api.Assertions.assertTrue(millis < 5_000, "took " + millis + " ms");
    }
}

package lifeline.trace.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TlaValueTest {

    private static TlaValue parse(String text) throws TlaValueSyntaxException {
        return TlaValueParser.parse(text);
    }

    @Test
    void toTlaPrintsLikeTlc() throws Exception {
        String[] tlcPrints = {
            "-1", "\"he said \\\"hi\\\" \\\\ back /\\\\ x = 1\"", "TRUE", "NoFile", "<<>>", "{}",
            "<<<<[k |-> 1]>>, <<>>>>", "[f |-> <<\"x\", \"y\">>, b |-> <<\"s\", TRUE>>, a |-> {1, 2}]",
            "(1 :> \"a\" @@ 3 :> \"b\" @@ 10 :> \"c\\nd\\te\")", "(<<>> :> 1)", "{(0 :> 0 @@ 1 :> -1), (0 :> 0 @@ 1 :> 1)}",
            "[TRUE |-> {}, y |-> {}]", "(\"x\" :> -1 @@ \"a b\" :> -1)",
        };
        for (String text : tlcPrints) {
            assertEquals(text, parse(text).toTla());
            assertEquals(text, parse(text).toString());
        }
    }

    @Test
    void typedAccessors() throws Exception {
        assertEquals(-3, parse("-3").asInt());
        assertEquals("a\"b", parse("\"a\\\"b\"").asString());
        assertTrue(parse("TRUE").asBool());
        assertEquals("p1", parse("p1").asModelValue());
        assertEquals(List.of(TlaInt.of(1), TlaInt.of(2)), parse("<<1, 2>>").asSeq());
        assertEquals(2, parse("{1, 2}").asSet().size());
        assertEquals(TlaString.of("x"), parse("[a |-> 1, b |-> \"x\"]").field("b"));
    }

    @Test
    void wrongKindIsATypeExceptionNamingBoth() throws Exception {
        TlaValue set = parse("{1, 2}");
        TlaValueTypeException e = assertThrows(TlaValueTypeException.class, set::asInt);
        assertEquals("expected an integer but found set {1, 2}", e.getMessage());
        assertThrows(TlaValueTypeException.class, set::asSeq);
        assertThrows(TlaValueTypeException.class, () -> set.field("a"));
        assertThrows(TlaValueTypeException.class, () -> set.apply(TlaInt.of(1)));
        assertThrows(TlaValueTypeException.class, () -> parse("<<1>>").asSet());
        assertThrows(TlaValueTypeException.class, () -> parse("[a |-> 1]").asSeq());
        assertThrows(TlaValueTypeException.class, () -> parse("1").asString());
        assertThrows(TlaValueTypeException.class, () -> parse("\"1\"").asModelValue());
        assertThrows(TlaValueTypeException.class, () -> parse("p1").asBool());
    }

    @Test
    void sequenceIsAFunctionFromOneToN() throws Exception {
        TlaValue seq = parse("<<\"a\", \"b\">>");
        assertEquals(TlaString.of("b"), seq.apply(TlaInt.of(2)));
        assertEquals(Optional.empty(), seq.tryApply(TlaInt.of(0)));
        assertEquals(Optional.empty(), seq.tryApply(TlaInt.of(3)));
        assertEquals(Optional.empty(), seq.tryApply(TlaString.of("1")));
        assertEquals(Map.of(TlaInt.of(1), TlaString.of("a"), TlaInt.of(2), TlaString.of("b")), seq.asFunction());
        assertThrows(NoSuchElementException.class, () -> seq.apply(TlaInt.of(3)));
    }

    @Test
    void recordIsAFunctionFromStrings() throws Exception {
        TlaValue record = parse("[a |-> 1, b |-> 2]");
        assertEquals(TlaInt.of(2), record.apply(TlaString.of("b")));
        assertEquals(List.of(TlaString.of("a"), TlaString.of("b")), List.copyOf(record.asFunction().keySet()));
        NoSuchElementException e = assertThrows(NoSuchElementException.class, () -> record.field("c"));
        assertEquals("\"c\" is not in the domain of [a |-> 1, b |-> 2]", e.getMessage());
        assertEquals(Optional.empty(), record.tryApply(TlaModelValue.of("a")));
    }

    @Test
    void functionExposesItsEntriesInPrintedOrder() throws Exception {
        TlaValue function = parse("(p2 :> 1 @@ p1 :> 2)");
        assertEquals(List.of(TlaModelValue.of("p2"), TlaModelValue.of("p1")),
                List.copyOf(((TlaFunction) function).entries().keySet()));
        assertEquals(TlaInt.of(2), function.apply(TlaModelValue.of("p1")));
        assertEquals(TlaInt.of(1), parse("(\"a b\" :> 1)").field("a b"));
    }

    @Test
    void functionWithDomainOneToNReadsAsASequence() throws Exception {
        assertEquals(List.of(TlaString.of("x"), TlaString.of("y")), parse("(2 :> \"y\" @@ 1 :> \"x\")").asSeq());
        assertThrows(TlaValueTypeException.class, () -> parse("(0 :> 0 @@ 1 :> 1)").asSeq());
        assertThrows(TlaValueTypeException.class, () -> parse("(1 :> 0 @@ 3 :> 1)").asSeq());
    }

    @Test
    void equalityIsByContentWithinAKind() throws Exception {
        assertEquals(parse("[a |-> 1, b |-> {1, 2}]"), parse("[b |-> {2, 1}, a |-> 1]"));
        assertEquals(parse("[a |-> 1, b |-> 2]").hashCode(), parse("[b |-> 2, a |-> 1]").hashCode());
        assertEquals(parse("(1 :> 2 @@ 3 :> 4)"), parse("(3 :> 4 @@ 1 :> 2)"));
        assertEquals(parse("{{1, 2}, {3}}"), parse("{{3}, {2, 1}}"));
        assertEquals(parse("{1, 1, 2}"), parse("{1, 2}"));
        assertNotEquals(parse("<<1, 2>>"), parse("<<2, 1>>"));
        assertNotEquals(parse("\"p1\""), parse("p1"));
        assertNotEquals(parse("<<1, 2>>"), parse("(1 :> 1 @@ 2 :> 2)"), "different kinds stay different");
        assertNotEquals(parse("{}"), parse("<<>>"));
    }

    @Test
    void constructorsRefuseValuesTlcCannotPrintBack() {
        assertThrows(IllegalArgumentException.class, () -> new TlaRecord(Map.of()));
        assertThrows(IllegalArgumentException.class, () -> new TlaFunction(Map.of()));
        assertThrows(IllegalArgumentException.class, () -> TlaRecord.of("a b", TlaInt.of(1)));
        assertThrows(IllegalArgumentException.class, () -> TlaModelValue.of("TRUE"));
        assertThrows(IllegalArgumentException.class, () -> TlaModelValue.of("12"));
        assertThrows(IllegalArgumentException.class, () -> TlaModelValue.of("a-b"));
        assertThrows(NullPointerException.class, () -> TlaSeq.of(TlaInt.of(1), null));
        assertThrows(NullPointerException.class, () -> TlaSet.of(TlaInt.of(1), null));
    }

    @Test
    void valuesAreImmutableCopies() {
        Map<String, TlaValue> fields = new LinkedHashMap<>();
        fields.put("a", TlaInt.of(1));
        TlaRecord record = new TlaRecord(fields);
        fields.put("b", TlaInt.of(2));
        assertFalse(record.fields().containsKey("b"));
        assertThrows(UnsupportedOperationException.class, () -> record.fields().put("c", TlaInt.of(3)));
        assertThrows(UnsupportedOperationException.class, () -> TlaSet.of(TlaInt.of(1)).elements().clear());
    }
}

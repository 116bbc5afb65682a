package lifeline.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import lifeline.trace.value.TlaBool;
import lifeline.trace.value.TlaInt;
import lifeline.trace.value.TlaModelValue;
import lifeline.trace.value.TlaRecord;
import lifeline.trace.value.TlaSeq;
import lifeline.trace.value.TlaSet;
import lifeline.trace.value.TlaString;
import lifeline.trace.value.TlaValue;
import lifeline.trace.value.TlaValueParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Trace states of real TLC 2.18 runs (-tool mode) of the specs next to each fixture;
 * {@link FixturesMatchLiveTlcTest} checks that the captured output is still what TLC prints.
 */
class TraceStateGoldenTest {
    private static final String NEXT_LOCATION = "line 27, col 3 to line 42, col 11 of module TraceValues";

    private static TlaValue tla(String text) throws Exception {
        return TlaValueParser.parse(text);
    }

    private static List<TraceState> trace(String fixture) throws Exception {
        return Fixtures.trace(Fixtures.read(fixture));
    }

    @Test
    void everyKindOfValueFromTraceValues() throws Exception {
        List<TraceState> trace = trace("TraceValues.out");
        assertEquals(4, trace.size());
        TraceState first = trace.get(0);
        assertTrue(first.isInitial());
        assertEquals(List.of("str", "fm", "neg", "hs", "b", "d", "e", "f", "g", "h", "q", "r", "s", "t", "x", "big"),
                List.copyOf(first.variables().keySet()));
        assertEquals("he said \"hi\" \\ back /\\ x = 1", first.variable("str").asString());
        assertEquals(-1, first.variable("neg").asInt());
        assertEquals(TlaBool.FALSE, first.variable("b"));
        assertEquals(TlaSeq.EMPTY, first.variable("d"), "a function with an empty domain prints as << >>");
        assertEquals(TlaSeq.EMPTY, first.variable("e"));
        assertEquals(tla("(1 :> \"a\" @@ 3 :> \"b\")"), first.variable("f"));
        assertEquals(TlaRecord.of("p1", TlaInt.of(0), "p2", TlaInt.of(0)), first.variable("g"),
                "a function over name-like strings prints as a record");
        assertEquals(TlaModelValue.of("NoFile"), first.variable("h").apply(TlaModelValue.of("p2")));
        assertEquals(-1, first.variable("hs").field("a b").asInt());
        assertEquals(tla("<<<<[k |-> 1]>>, <<>>>>"), first.variable("q"));
        assertEquals(tla("[a |-> {1, 2}, b |-> <<\"s\", TRUE>>, f |-> <<\"x\", \"y\">>]"), first.variable("r"));
        assertEquals(TlaSet.of(tla("[id |-> 1, st |-> \"open\"]"), tla("[id |-> 2, st |-> \"closed\"]")),
                first.variable("s"));
        assertEquals(TlaSet.EMPTY, first.variable("t").field("TRUE"));
        assertEquals(0, first.variable("x").asInt());
    }

    @Test
    void valuesTlcWrapsOverSeveralLines() throws Exception {
        TraceState first = trace("TraceValues.out").get(0);
        List<TlaValue> big = first.variable("big").asSeq();
        assertEquals(6, big.size());
        for (int i = 0; i < big.size(); i++) {
            TlaValue object = big.get(i);
            assertEquals(i - 2, object.field("refcount").asInt());
            assertEquals(TlaModelValue.of("p1"), object.field("owner"));
            assertEquals("object_with_long_name", object.field("name").asString());
            assertEquals(TlaSet.of(TlaString.of("A"), TlaString.of("B")), object.field("flags"));
        }
        TlaValue fm = first.variable("fm");
        assertEquals(3, fm.asFunction().size());
        assertEquals(tla("[holder |-> NoFile, count |-> -100000, tags |-> <<\"alpha\", \"beta\", \"gamma\">>]"),
                fm.apply(TlaModelValue.of("p3")));
    }

    @Test
    void laterStatesOfTraceValues() throws Exception {
        List<TraceState> trace = trace("TraceValues.out");
        for (int n = 1; n < trace.size(); n++) {
            TraceState state = trace.get(n);
            assertEquals(n + 1, state.number());
            assertEquals("Next", state.actionName());
            assertEquals(NEXT_LOCATION, state.actionLocation());
            assertEquals(n, state.variable("x").asInt());
            assertEquals(-1 - n, state.variable("neg").asInt());
            assertEquals(TlaSet.EMPTY, state.variable("e"));
            assertEquals(2 + n, state.variable("s").asSet().size());
        }
        TraceState last = trace.get(3);
        assertEquals("c\nd\te", last.variable("f").apply(TlaInt.of(12)).asString());
        assertEquals("new \"quoted\" \\ one", tla("[id |-> 5, st |-> \"new \\\"quoted\\\" \\\\ one\"]").field("st").asString());
        assertTrue(last.variable("s").asSet().contains(tla("[id |-> 5, st |-> \"new \\\"quoted\\\" \\\\ one\"]")));
        assertEquals(TlaModelValue.of("p1"), last.variable("fm").apply(TlaModelValue.of("p2")).field("holder"));
        assertEquals(TlaModelValue.of("p2"), last.variable("h").apply(TlaModelValue.of("p1")));
        assertEquals(tla("<<<<[k |-> 1]>>, <<>>, <<[k |-> 0]>>, <<[k |-> -1]>>, <<[k |-> -2]>>>>"), last.variable("q"));
        assertEquals("he said \"hi\" \\ back /\\ x = 1!!!", last.variable("str").asString());
    }

    @Test
    void singleVariableTraceUpToItsStutteringMarker() throws Exception {
        List<TraceState> trace = trace("OneVariable.out");
        String location = "line 6, col 9 to line 6, col 27 of module OneVariable";
        assertEquals(List.of(
                new TraceState(1, TraceState.INITIAL_PREDICATE, "", Map.of("x", TlaInt.of(0))),
                new TraceState(2, "Next", location, Map.of("x", TlaInt.of(1))),
                new TraceState(3, "Next", location, Map.of("x", TlaInt.of(2)))), trace);
    }

    @Test
    void lassoUpToItsBackToStateMarker() throws Exception {
        List<TraceState> trace = trace("Lasso.out");
        String location = "line 6, col 12 to line 6, col 37 of module Lasso";
        TlaString a = TlaString.of("a");
        assertEquals(List.of(
                new TraceState(1, TraceState.INITIAL_PREDICATE, "", Map.of("x", TlaInt.of(0), "y", a)),
                new TraceState(2, "Step", location, Map.of("x", TlaInt.of(1), "y", a)),
                new TraceState(3, "Step", location, Map.of("x", TlaInt.of(2), "y", a))), trace);
    }

    @Test
    void stateOfAnInitialStateViolationHasNoHeader() throws Exception {
        List<Map<String, TlaValue>> states = Fixtures.initialStateViolations(Fixtures.read("InitialViolation.out"));
        assertEquals(1, states.size());
        Map<String, TlaValue> state = states.get(0);
        assertEquals(List.of("fi", "fm", "fs", "ss", "tf", "mixed", "rec", "one"), List.copyOf(state.keySet()));
        assertEquals("value_17_padding", state.get("fi").apply(TlaInt.of(17)).asString());
        assertEquals(3, state.get("fm").asFunction().size());
        assertEquals(TlaSet.of(tla("(0 :> 0 @@ 1 :> -1)"), tla("(0 :> 0 @@ 1 :> 1)")), state.get("fs"));
        assertEquals(tla("{{1, 2, 3, 4, 5, 6, 7, 8}, {10, 20, 30, 40, 50, 60, 70, 80}, {100, 200, 300, 400, 500, 600}}"),
                state.get("ss"));
        assertEquals("anotherveryverylongstringvalue",
                state.get("tf").asSeq().get(1).apply(TlaModelValue.of("p2")).asString());
        assertEquals(tla("<<-1, -2, \"x\">>"), state.get("mixed").field("p2").apply(TlaModelValue.of("p1")));
        assertEquals(tla("{1, 2, 3, 4, 5, 6, 7, 8, 9}"), state.get("rec").field("cccccccccc"));
        assertEquals(TlaInt.of(1), state.get("one").apply(TlaSeq.EMPTY));
    }

    @Test
    void fiveHundredStatesOfThirtyVariablesParseQuickly() throws Exception {
        String body = ToolMessages.traceStateBodies(Fixtures.read("TraceValues.out")).get(3);
        String wide = body.replace("/\\ x = ", "/\\ x0 = 1\n/\\ x1 = {1, 2}\n/\\ x2 = <<p1, p2>>\n/\\ x3 = [a |-> 1]\n"
                + "/\\ x4 = (p1 :> 0)\n/\\ x5 = \"s\"\n/\\ x6 = -1\n/\\ x7 = TRUE\n/\\ x8 = {}\n/\\ x9 = <<>>\n"
                + "/\\ x10 = 1\n/\\ x11 = 1\n/\\ x12 = 1\n/\\ x13 = 1\n/\\ x = ");
        assertEquals(30, DecodedStates.ofMessage(wide).variables().size());
        long start = System.nanoTime();
        for (int i = 0; i < 500; i++) {
            DecodedStates.ofMessage(wide);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 5_000, "500 states of 30 variables took " + millis + " ms");
    }

    @ParameterizedTest
    @ValueSource(strings = {"TraceValues.out", "OneVariable.out", "Lasso.out"})
    void everyValueOfEveryStatePrintsBackToItself(String fixture) throws Exception {
        for (TraceState state : trace(fixture)) {
            for (TlaValue value : state.variables().values()) {
                assertEquals(value, tla(value.toTla()));
            }
        }
    }
}

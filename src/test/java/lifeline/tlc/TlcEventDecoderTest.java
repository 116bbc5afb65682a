package lifeline.tlc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Messages copied from real TLC 2.18 output that the golden files do not cover. */
class TlcEventDecoderTest {

    private static List<TlcEvent> decode(String output) {
        return TlcEventDecoder.decodeAll(ToolMessageParser.parseAll(output));
    }

    @Test
    void invariantViolatedByAnInitialStateCarriesThatState() {
        List<TlcEvent> events = decode("@!@!@STARTMSG 2107:1 @!@!@\nInvariant Inv is violated by the initial state:\n"
                + "/\\ x = 2\n/\\ y = \"a\"\n\n@!@!@ENDMSG 2107 @!@!@\n");

        assertEquals(List.of(
                new TlcEvent.Violation(ViolationKind.INVARIANT, Optional.of("Inv"),
                        "Invariant Inv is violated by the initial state:\n/\\ x = 2\n/\\ y = \"a\""),
                new TlcEvent.TraceStart("Invariant Inv is violated by the initial state:"),
                new TlcEvent.TraceStateText(1, "Initial predicate", "/\\ x = 2\n/\\ y = \"a\"")), events);
    }

    @Test
    void stateHeaderIsReadOnceIntoNumberActionAndLocation() {
        TlcEvent.TraceStateText state = (TlcEvent.TraceStateText) decode("@!@!@STARTMSG 2217:4 @!@!@\n"
                + "3: <Step(t) line 515, col 1 to line 521, col 74 of module Lifeline>\n/\\ x = 1\n"
                + "@!@!@ENDMSG 2217 @!@!@\n").get(0);
        assertEquals(3, state.number());
        assertEquals("Step(t)", state.actionName());
        assertEquals("line 515, col 1 to line 521, col 74 of module Lifeline", state.actionLocationText());
        assertEquals("/\\ x = 1", state.body().strip());
    }

    /** Regression: the whole message became the body of state -1, and the check ended as an error. */
    @Test
    void unfamiliarStateHeaderKeepsTheVariablesAndLeavesTheNumberUnknown() {
        assertEquals(List.of(new TlcEvent.TraceStateText(TlcEvent.TraceStateText.UNKNOWN, "", "/\\ x = 1")),
                decode("@!@!@STARTMSG 2217:4 @!@!@\nState three, after Step:\n/\\ x = 1\n@!@!@ENDMSG 2217 @!@!@\n"));
    }

    @Test
    void failedAssertionAndFalseAssumption() {
        List<TlcEvent> events = decode("@!@!@STARTMSG 2132:1 @!@!@\nThe first argument of Assert evaluated to FALSE; "
                + "the second argument was:\n\"x too big\"\n@!@!@ENDMSG 2132 @!@!@\n"
                + "@!@!@STARTMSG 2104:1 @!@!@\nAssumption line 4, col 8 to line 4, col 12 of module Assume is false.\n"
                + "@!@!@ENDMSG 2104 @!@!@\n");

        assertEquals(List.of(ViolationKind.ASSERTION, ViolationKind.ASSUMPTION),
                events.stream().map(e -> ((TlcEvent.Violation) e).kind()).toList());
    }

    @Test
    void progressWithGroupedCounts() {
        List<TlcEvent> events = decode("@!@!@STARTMSG 2200:0 @!@!@\nProgress(2440) at 2026-11-22 03:47:30: 5,947,423 "
                + "states generated (5,947,423 s/min), 2,976,100 distinct states found (2,976,100 ds/min), "
                + "2,439 states left on queue.\n@!@!@ENDMSG 2200 @!@!@\n");

        assertEquals(List.of(new TlcEvent.Progress(5_947_423, 2_976_100, 2_439, 2440)), events);
    }

    /** Random runs' report (TLC 2.18's -simulate, as printed): the states checked; its -1s mean "not counted". */
    @Test
    void randomRunsReportTheStatesTheirWalksChecked() {
        List<TlcEvent> events = decode("@!@!@STARTMSG 2209:0 @!@!@\nProgress(-1) at 2026-12-02 14:14:07: 14,001 states "
                + "generated, -1 distinct states found, -1 states left on queue.\n@!@!@ENDMSG 2209 @!@!@\n");

        assertEquals(List.of(new TlcEvent.WalkProgress(14_001)), events);
    }

    @Test
    void finishedDurationsInEveryUnit() {
        assertEquals(452, StatsText.durationMs("Finished in 452ms at (2026-11-22 03:46:54)"));
        assertEquals(62_000, StatsText.durationMs("Finished in 01min 02s at (2026-11-22 03:46:54)"));
        assertEquals(7_200_000, StatsText.durationMs("Finished in 02h 00min at (x)"));
        assertEquals(86_400_000 + 3_600_000, StatsText.durationMs("Finished in 1d 01h at (x)"));
    }

    @Test
    void warningsAndUnknownMessagesAreKept() {
        List<TlcEvent> events = decode("@!@!@STARTMSG 2154:3 @!@!@\nsome warning\n@!@!@ENDMSG 2154 @!@!@\n"
                + "@!@!@STARTMSG 9999:0 @!@!@\nsomething new\n@!@!@ENDMSG 9999 @!@!@\n");

        assertEquals(List.of(new TlcEvent.Warning(2154, "some warning"), new TlcEvent.Info(9999, "something new")), events);
    }
}

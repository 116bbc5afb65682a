package lifeline.tlc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The phases of a run, from the arrival times of the messages that bound them. */
class TlcTimelineTest {
    private static final long MS = 1_000_000;

    @Test
    void aColdChildsPhasesRunFromItsSpawn() {
        TlcTimeline t = new TlcTimeline(0, 5 * MS, false, Map.of(TlcCodes.LIFELINE_STARTED, 100 * MS,
                TlcCodes.TLC_SANY_START, 300 * MS, TlcCodes.TLC_SANY_END, 500 * MS, TlcTimeline.COMPUTING_INIT,
                600 * MS, TlcCodes.TLC_FINISHED, 650 * MS), 660 * MS);

        assertEquals(Map.of("TLC JVM start", 100.0, "TLC start-up", 200.0, "SANY", 200.0, "checker set-up", 100.0,
                "exploration", 50.0, "JVM exit", 10.0), t.phasesMs());
        assertEquals(List.of("TLC JVM start", "TLC start-up", "SANY", "checker set-up", "exploration", "JVM exit"),
                List.copyOf(t.phasesMs().keySet()));
    }

    @Test
    void aChildStartedAheadStartsWhenItIsHandedItsRun() {
        TlcTimeline t = new TlcTimeline(0, 900 * MS, true, Map.of(TlcCodes.LIFELINE_STARTED, 902 * MS), 0);

        assertEquals(Map.of("TLC JVM start", 2.0), t.phasesMs(), "phases whose end is missing are absent");
    }

    @Test
    void theAnnouncedExitStatusIsTheLastWord() {
        assertEquals(12, TlcRun.exitStatusIn("Lifeline launcher: TLC exits with status 12\n"));
        assertEquals(-1, TlcRun.exitStatusIn("garbled"));
    }
}

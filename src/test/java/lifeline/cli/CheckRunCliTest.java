package lifeline.cli;

import static lifeline.cli.CliTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lifeline.io.ScenarioFiles;
import lifeline.model.LongScenarios;
import lifeline.tlc.TlcEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How `check` reports what happened to its TLC run: a JVM that did not start, progress, stopped runs. */
class CheckRunCliTest {

    @Test
    void aHeapTheMachineCannotGiveExitsTwoWithTheJvmsOwnReason() {
        CliTest.Run r = cli("check", "seed001-epoll-flush-uaf", "--heap", "99999999");

        assertEquals(2, r.exit(), r.out());
        assertTrue(r.err().contains("TLC's Java VM did not start (exit code 1): Could not reserve enough space"),
                r.err());
        assertFalse(r.out().contains("VIOLATION") || r.out().contains("PASS"), r.out());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    /** The endless scenario in a file: its literal model runs far longer than any time limit here. */
    private static String endlessFile(Path dir) throws Exception {
        Path file = dir.resolve("endless.lifeline.json");
        ScenarioFiles.write(file, LongScenarios.endless());
        return file.toString();
    }

    /**
     * The limit leaves a loaded machine time to start TLC (a few seconds at worst) and TLC time to report
     * its progress (twice a second; off a terminal the first report is printed at once); the model runs for
     * hours. Every second of the limit is a second of a core for TLC.
     */
    @Test
    void aCheckStoppedAtItsTimeLimitExitsThreeWithWhatItLearned(@TempDir Path dir) throws Exception {
        CliTest.Run r = cli("check", endlessFile(dir), "--literal", "--workers", "1", "--jit", "quick",
                "--timeout", "8");

        assertEquals(3, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("NO VIOLATION FOUND (bounded, not a pass): Stopped at the time limit of 8 s: "
                + "no violation in any behaviour of up to "), r.out());
        assertTrue(r.out().contains("distinct states explored). Longer behaviours were not checked."), r.out());
        assertFalse(r.out().contains("PASS"), r.out());
        assertTrue(r.err().startsWith("lifeline: ") && r.err().contains(" distinct states, "), "progress: " + r.err());
    }

    @Test
    void quietPrintsNoProgress(@TempDir Path dir) throws Exception {
        CliTest.Run r = cli("check", endlessFile(dir), "--literal", "--workers", "1", "--jit", "quick",
                "--timeout", "3", "--quiet");

        assertFalse(r.err().contains(" distinct states, "), r.err());
        assertTrue(r.exit() == 2 || r.exit() == 3, r.err());
    }

    @Test
    void offATerminalProgressIsALineEveryFewSeconds() {
        StringWriter err = new StringWriter();
        ProgressLine line = new ProgressLine(new PrintWriter(err), false);

        for (long ms = 400; ms <= 12_000; ms += 400) {
            line.onEvent(new TlcEvent.LiveProgress(ms * 10, ms * 30, 77, (int) ms / 400, 1, 25_000, ms));
        }
        line.end();

        assertEquals(List.of(
                "lifeline: 4,000 distinct states, 25,000/s, queue 77, depth 1, 0.4 s",
                "lifeline: 56,000 distinct states, 25,000/s, queue 77, depth 14, 5.6 s",
                "lifeline: 108,000 distinct states, 25,000/s, queue 77, depth 27, 10.8 s"), err.toString().lines().toList());
    }

    @Test
    void randomRunsProgressCountsTheirRunsAndStates() {
        StringWriter err = new StringWriter();
        ProgressLine line = new ProgressLine(new PrintWriter(err), false);

        line.onEvent(new TlcEvent.LiveWalkProgress(117, 8, 800));
        line.onEvent(new TlcEvent.LiveWalkProgress(3_120, 210, 2_400)); // within five seconds: not logged
        line.onEvent(new TlcEvent.LiveWalkProgress(9_662, 690, 6_000));
        line.end();

        assertEquals(List.of("lifeline: 8 random runs done, 117 states checked, 0.8 s",
                "lifeline: 690 random runs done, 9,662 states checked, 6.0 s"), err.toString().lines().toList());
    }

    @Test
    void onATerminalProgressIsOneLineRedrawnInPlace() {
        StringWriter err = new StringWriter();
        ProgressLine line = new ProgressLine(new PrintWriter(err), true);

        line.onEvent(new TlcEvent.LiveProgress(123_456, 0, 5, 12, 1, 1_000, 10_400));
        line.onEvent(new TlcEvent.LiveProgress(9, 0, 5, 2, 1, 1_000, 10_800));
        line.end();

        String first = "lifeline: 123,456 distinct states, 1,000/s, queue 5, depth 12, 10.4 s";
        String second = "lifeline: 9 distinct states, 1,000/s, queue 5, depth 2, 10.8 s";
        assertEquals("\r" + first + "\r" + second + " ".repeat(first.length() - second.length())
                + "\r" + " ".repeat(second.length()) + "\r", err.toString());
        assertFalse(err.toString().contains("\n"));
    }

    @Test
    void randomRunsThatFindNothingSaySoPlainlyAndExitThree() {
        CliTest.Run r = cli("check", "seed001-epoll-flush-uaf-fixed", "--simulate", "--walks", "40", "--depth", "30",
                "--seed", "7");

        assertEquals(3, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("(fused model; random runs; "), r.out());
        assertTrue(r.out().contains("No violation found in 40 random runs of up to 30 steps (seed 7)."), r.out());
        assertFalse(r.out().contains("PASS"), r.out());
        // Each walk checks at least one state and ends where nothing is left to run (seed 001 fixed: a few
        // steps), not 30 steps on: 1,201 states if every walk went to its depth.
        Matcher checked = Pattern.compile("They checked (\\d+) states;").matcher(r.out());
        assertTrue(checked.find(), r.out());
        long n = Long.parseLong(checked.group(1));
        assertTrue(n >= 40 && n < 400, r.out());
    }

    @Test
    void jsonNamesTheRandomRunsAndTheVerdictBounded() throws Exception {
        CliTest.Run r = cli("check", "seed001-epoll-flush-uaf-fixed", "--simulate", "--walks", "20", "--depth", "10",
                "--seed", "5", "--format", "json");

        assertEquals(3, r.exit(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("bounded", json.get("verdict").asText());
        JsonNode sim = json.get("statistics").get("simulation");
        assertEquals(List.of(20L, 10L, 5L), List.of(sim.get("runs").asLong(), sim.get("depth").asLong(),
                sim.get("seed").asLong()));
        long checked = sim.get("statesChecked").asLong();
        assertTrue(checked >= 20 && checked < 200, "states the 20 walks checked: " + checked);
        assertTrue(json.get("message").asText().contains("They checked " + checked + " states;"),
                json.get("message").asText());
    }

    @Test
    void aViolationRandomRunsFindIsShownLikeAnyOther() {
        CliTest.Run r = cli("check", "seed001-epoll-flush-uaf", "--simulate", "--walks", "40", "--depth", "30",
                "--seed", "7");

        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("BUG: KASAN: use-after-free in remove_wait_queue"), r.out());
        assertTrue(r.out().contains("  1  initial state"), r.out());
        assertTrue(r.out().matches("(?s).*NoUseAfterFree is violated: a trace of \\d+ kernel steps \\(random runs, \\d+ "
                + "states checked, .*"), r.out());
    }

    /** TLC's -continue in random runs reports every walk's violation and exits with an error: refused at once. */
    @Test
    void everyViolationOfRandomRunsIsRefused() {
        CliTest.Run r = cli("check", "seed003-kref-missing-get", "--simulate", "--all", "--seed", "7");

        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("--all collects the violations of an exhaustive check; random runs (--simulate) "
                + "stop at the first"), r.err());
        assertFalse(r.out().contains("TLC error"), r.out());
    }

    @Test
    void simulationSettingsWithoutSimulateAreRefused() {
        CliTest.Run r = cli("check", "seed001-epoll-flush-uaf", "--walks", "40");

        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--depth, --walks and --seed go with --simulate"), r.err());
    }
}

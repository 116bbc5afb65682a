package lifeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import lifeline.io.Examples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user drives it: exit codes, text and JSON output, export, errors. */
class CliTest {
    record Run(int exit, String out, String err) {}

    static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void examplesListsTheTenExamplesNameFirst() {
        Run r = cli("examples");
        assertEquals(0, r.exit());
        List<String> names = r.out().lines().map(l -> l.split("\t")[0]).toList();
        assertEquals(Examples.names(), names);
    }

    @Test
    void aBugExampleExitsOneWithReportAndNumberedTrace() {
        Run r = cli("check", "seed001-epoll-flush-uaf");
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.out().contains("BUG: KASAN: use-after-free in remove_wait_queue"), r.out());
        assertTrue(r.out().contains("Freed by task app [300]"), r.out());
        assertTrue(r.out().contains("locust_flush"), r.out());
        assertTrue(r.out().contains("Trace (9 steps):"), r.out());
        assertTrue(r.out().contains("Cause and effect (wait queue of /locust/a): freed here: step 5; used here: step 7"),
                r.out());
        assertTrue(r.out().contains("  1  initial state"), r.out());
    }

    @Test
    void aFixedExampleExitsZero() {
        Run r = cli("check", "seed001-epoll-flush-uaf-fixed");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("PASS: No violation:"), r.out());
    }

    @Test
    void jsonGivesVerdictStatisticsAndAStepArray() throws Exception {
        Run r = cli("check", "seed002-flush-double-free", "--format", "json");
        assertEquals(1, r.exit(), r.err());
        JsonNode d = new ObjectMapper().readTree(r.out());
        assertEquals("violation", d.get("verdict").asText());
        assertEquals("NoDoubleFree", d.get("violated").asText());
        assertTrue(d.get("statistics").get("distinctStates").asLong() > 0);
        JsonNode last = d.get("trace").get(d.get("story").get("usedAtStep").asInt() - 1);
        assertEquals("app [400]", last.get("task").asText());
        assertEquals("kfree", last.get("function").asText());
        assertEquals("double_free", last.get("faults").get(0).get("kind").asText());
        assertTrue(d.get("story").get("freedAtStep").asInt() < d.get("story").get("usedAtStep").asInt());
        assertTrue(last.get("objects").has("file:f1"));
        assertTrue(last.get("changes").size() > 0);
    }

    @Test
    void jsonOfALeakSaysWhereItWasLostAndWhatStillHoldsIt() throws Exception {
        Run r = cli("check", "seed004-hook-path-leak", "--format", "json", "--workers", "1");
        assertEquals(1, r.exit(), r.err());
        JsonNode story = new ObjectMapper().readTree(r.out()).get("story");
        assertEquals("path_put", new ObjectMapper().readTree(r.out()).get("trace")
                .get(story.get("lostAtStep").asInt() - 1).get("function").asText());
        assertTrue(story.get("heldBy").asText().startsWith("a path_get by the close hook of "), story.toString());
    }

    @Test
    void propertiesCanBeChosen() {
        Run r = cli("check", "seed000-binder-leak-fixed", "--property", "ReleaseInOpenerContext");
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.out().contains("ReleaseInOpenerContext is violated"), r.out());
    }

    @Test
    void badInputExitsTwoWithAMessageNamingThePlace(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.lifeline.json");
        Files.writeString(bad, "{\"format\":\"lifeline-scenario\",\n\"version\":1,\n\"processes\":[{\"id\":}]}");
        Run r = cli("check", bad.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("bad.lifeline.json:3:"), r.err());
        assertEquals(2, cli("check", "no-such-example").exit());
        assertEquals(2, cli("check", "seed000-binder-leak", "--property", "Bogus").exit());
        assertEquals(2, cli("check", "seed000-binder-leak", "--tla2tools", dir.resolve("none.jar").toString()).exit());
        assertEquals(2, cli("frobnicate").exit());
    }

    @Test
    void anInvalidScenarioExitsTwoNamingTheProblem(@TempDir Path dir) throws Exception {
        String text = Examples.text("seed001-epoll-flush-uaf").orElseThrow()
                .replace("\"pollable\" : true", "\"pollable\" : false");
        Path f = dir.resolve("eperm.lifeline.json");
        Files.writeString(f, text);
        Run r = cli("check", f.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("EPERM"), r.err());
    }

    @Test
    void exportWritesAModelThatAsksBeforeOverwriting(@TempDir Path dir) {
        Run r = cli("export", "seed004-hook-path-leak", "--out", dir.toString());
        assertEquals(0, r.exit(), r.err());
        for (String name : List.of("MC.tla", "MC.cfg", "Lifeline.tla")) {
            assertTrue(Files.exists(dir.resolve(name)), name);
        }
        Run again = cli("export", "seed004-hook-path-leak", "--out", dir.toString());
        assertEquals(2, again.exit());
        assertTrue(again.err().contains("--force"), again.err());
        assertEquals(0, cli("export", "seed004-hook-path-leak", "--out", dir.toString(), "--force").exit());
    }

    @Test
    void scalingBenchPrintsARowPerMemberAndDrawsTheCurve(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("scaling.png");
        Run r = cli("bench", "--scaling", "--max-processes", "2", "--chart", png.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("| N | ops | order | distinct states | wall | states/s | peak memory | verdict |"),
                r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("| 2 | 4 | any | ") && l.endsWith("| pass |")), r.out());
        assertTrue(r.out().lines().noneMatch(l -> l.startsWith("| 3 |")), r.out());
        BufferedImage image = ImageIO.read(png.toFile());
        assertTrue(image.getWidth() > 0 && image.getHeight() > 0);
    }

    @Test
    void workersDefaultToOneForASmallModelElseOnePerCore() {
        TlcSettings settings = new TlcSettings();
        assertEquals(Runtime.getRuntime().availableProcessors(), settings.options().workers());
        lifeline.model.Scenario seed = lifeline.io.Examples.load("seed003-kref-missing-get").orElseThrow();
        lifeline.check.CheckRequest small = new lifeline.check.CheckRequest(seed,
                lifeline.spec.CheckOptions.of(seed.properties()), settings.options().withWorkers(2));
        assertEquals(1, settings.tuned(small).tlc().workers(), "a small model: one worker");
        lifeline.model.Scenario large = lifeline.io.ScalingFamily.member(4, 4);
        lifeline.check.CheckRequest big = new lifeline.check.CheckRequest(large,
                lifeline.spec.CheckOptions.of(large.properties()), settings.options().withWorkers(2));
        assertEquals(2, settings.tuned(big).tlc().workers(), "a large model: the workers asked");
        settings.workers = 2;
        assertEquals(2, settings.tuned(small).tlc().workers(), "--workers given: kept");
    }

    @Test
    void helpIsEverywhere() {
        for (String cmd : List.of("check", "export", "examples", "bench")) {
            Run r = cli(cmd, "--help");
            assertEquals(0, r.exit(), cmd);
            assertTrue(r.out().contains("Usage:"), cmd);
        }
        assertTrue(cli("--help").out().contains("Exit codes"));
    }
}

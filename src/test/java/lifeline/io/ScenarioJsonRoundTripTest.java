package lifeline.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import lifeline.model.BinderFile;
import lifeline.model.CloseHook;
import lifeline.model.Driver;
import lifeline.model.DriverFile;
import lifeline.model.EpollFile;
import lifeline.model.FdLink;
import lifeline.model.FreeSite;
import lifeline.model.PathCapture;
import lifeline.model.Position;
import lifeline.model.ProcessNode;
import lifeline.model.Property;
import lifeline.model.ReservedMemory;
import lifeline.model.Scenario;
import lifeline.model.TestScenarios;
import lifeline.model.Unplug;
import lifeline.model.Watch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioJsonRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void aRichScenarioSurvivesWriteAndRead() throws Exception {
        Scenario rich = TestScenarios.rich();
        Path file = dir.resolve("rich.lifeline.json");
        ScenarioFiles.write(file, rich);
        assertEquals(rich, ScenarioFiles.read(file));
        assertEquals(rich, ScenarioFiles.load(file));
    }

    @Test
    void writingTwiceGivesTheSameBytes() throws Exception {
        Path first = dir.resolve("a.lifeline.json");
        Path second = dir.resolve("b.lifeline.json");
        ScenarioFiles.write(first, TestScenarios.rich());
        ScenarioFiles.write(second, ScenarioFiles.read(first));
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    }

    @Test
    void anInvalidScenarioIsSavedAndReadBackAsIs() throws Exception {
        // Work in progress: blank names, dangling and missing references, a self-watch.
        Scenario wip = Scenario.empty()
                .withProcesses(List.of(new ProcessNode("P1", "", 0, false, List.of(), null)))
                .withFiles(List.of(new EpollFile("E1", "ep", null, null), new BinderFile("", "b", "P9", true, null)))
                .withHooks(List.of(new CloseHook("H1", "h", null, PathCapture.COPY, null)))
                .withFds(List.of(new FdLink(null, -1, null), new FdLink("P1", 3, "E9")))
                .withWatches(List.of(new Watch("E1", "E1"), new Watch(null, null)))
                .withProperties(EnumSet.noneOf(Property.class));
        Path file = dir.resolve("wip.lifeline.json");
        ScenarioFiles.write(file, wip);
        assertEquals(wip, ScenarioFiles.read(file));
    }

    @Test
    void coordinatesKeepEveryBit() throws Exception {
        double[] values = {0.1, -0.0, 1e-300, 9.007199254740993E15, 1e20, -123456.789, Double.MIN_VALUE};
        for (double v : values) {
            Scenario s = Scenario.empty().withProcesses(List.of(
                    new ProcessNode("P1", "p", 1, false, List.of(), new Position(v, -v))));
            assertEquals(s, ScenarioJson.fromJson(ScenarioJson.toJson(s), "x"), () -> "coordinate " + v);
        }
    }

    @Test
    void nonFiniteCoordinatesAreSavedAsZero() throws Exception {
        Scenario s = Scenario.empty().withProcesses(List.of(
                new ProcessNode("P1", "p", 1, false, List.of(), new Position(Double.NaN, Double.NEGATIVE_INFINITY))));
        Scenario back = ScenarioJson.fromJson(ScenarioJson.toJson(s), "x");
        assertEquals(Position.ORIGIN, back.processes().get(0).position());
    }

    @Test
    void aFileWithOnlyTheRequiredKeysGetsTheDocumentedDefaults() throws Exception {
        String minimal = """
                { "format" : "lifeline-scenario", "version" : 1,
                  "processes" : [ { "id" : "P1", "name" : "app", "tgid" : 100 } ],
                  "files" : [ { "id" : "F1", "kind" : "driver", "name" : "f", "opener" : "P1", "driver" : { } },
                              { "id" : "B1", "kind" : "binder", "name" : "b", "opener" : "P1" } ],
                  "devices" : [ { "id" : "D1", "name" : "d" } ],
                  "hooks" : [ { "id" : "H1", "name" : "h", "process" : "P1" } ] }
                """;
        Scenario s = ScenarioJson.fromJson(minimal, "minimal.lifeline.json");
        assertEquals("", s.title());
        assertEquals(Property.defaults(), s.properties());
        assertEquals(new ProcessNode("P1", "app", 100, false, List.of(), Position.ORIGIN), s.processes().get(0));
        assertEquals(new DriverFile("F1", "f", "P1", new Driver("", false, FreeSite.RELEASE, FreeSite.NONE,
                ReservedMemory.NONE, null, false), null), s.files().get(0));
        assertEquals(new BinderFile("B1", "b", "P1", false, null), s.files().get(1));
        assertEquals(Unplug.NONE, s.devices().get(0).unplug());
        assertEquals(PathCapture.POINTER, s.hooks().get(0).capture());
        assertNull(s.kworker());
    }

    @Test
    void unknownKeysAreRefusedRatherThanIgnored() {
        String text = ScenarioJson.toJson(TestScenarios.valid())
                .replace("\"tgid\" : 100,", "\"tgid\" : 100, \"nice\" : -5,");
        ScenarioFormatException e = assertThrows(ScenarioFormatException.class, () -> ScenarioJson.fromJson(text, "x"));
        assertEquals("processes[0]: unknown key \"nice\"; the keys here are \"id\", \"name\", \"tgid\", \"exits\", \"order\","
                + " \"operations\", \"position\"", e.detail());
    }

    @Test
    void aByteOrderMarkIsSkipped() throws Exception {
        assertEquals(TestScenarios.valid(), ScenarioJson.fromJson("\uFEFF" + ScenarioJson.toJson(TestScenarios.valid()), "x"));
    }
}

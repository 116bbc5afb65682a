package lifeline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import lifeline.model.OperationOrder;
import lifeline.model.ProcessNode;
import lifeline.model.Scenario;
import lifeline.model.ScenarioValidator;
import lifeline.spec.ModelGenerator;
import org.junit.jupiter.api.Test;

/** Version 1 files still mean what they meant: every process runs its operations each once, in any order. */
class ScenarioVersionsTest {
    private static final String V1 = """
            { "format" : "lifeline-scenario", "version" : 1,
              "processes" : [ { "id" : "P1", "name" : "app", "tgid" : 100,
                                "operations" : [ { "op" : "ioctl", "fd" : 3 }, { "op" : "close", "fd" : 3 } ] },
                              { "id" : "P2", "name" : "child", "tgid" : 101 } ],
              "files" : [ { "id" : "F1", "kind" : "driver", "name" : "f", "opener" : "P1", "driver" : { } } ],
              "fds" : [ { "process" : "P1", "fd" : 3, "file" : "F1" }, { "process" : "P2", "fd" : 3, "file" : "F1" } ] }
            """;

    @Test
    void aVersionOneFileGivesEveryProcessAnyOrder() throws Exception {
        Scenario s = ScenarioJson.fromJson(V1, "old.lifeline.json");
        assertEquals(List.of(OperationOrder.ANY, OperationOrder.ANY),
                s.processes().stream().map(ProcessNode::order).toList());
    }

    @Test
    void aVersionOneFileIsSavedAsVersionTwoWithItsMeaningAndItsModelUnchanged() throws Exception {
        Scenario old = ScenarioJson.fromJson(V1, "old.lifeline.json");
        String saved = ScenarioJson.toJson(old);
        assertTrue(saved.contains("\"version\" : 2,"), saved);
        assertTrue(saved.contains("\"order\" : \"any\","), saved);
        Scenario again = ScenarioJson.fromJson(saved, "new.lifeline.json");
        assertEquals(old, again);
        assertEquals(ModelGenerator.generate(old).moduleText(), ModelGenerator.generate(again).moduleText());
    }

    @Test
    void everyBuiltInExampleIsAVersionOneFileInAnyOrder() {
        for (String name : Examples.names()) {
            assertTrue(Examples.text(name).orElseThrow().contains("\"version\" : 1,"), name);
            Scenario s = Examples.load(name).orElseThrow();
            assertTrue(s.processes().stream().allMatch(p -> p.order() == OperationOrder.ANY), name);
        }
    }

    @Test
    void aVersionTwoProcessWithoutAnOrderRunsInProgramOrder() throws Exception {
        Scenario s = ScenarioJson.fromJson(V1.replace("\"version\" : 1", "\"version\" : 2"), "new.lifeline.json");
        assertEquals(OperationOrder.PROGRAM, s.processes().get(0).order());
    }

    @Test
    void programOrderMayRepeatAnOperationAndAnyOrderMayNot() throws Exception {
        String twice = V1.replace("{ \"op\" : \"ioctl\", \"fd\" : 3 }", "{ \"op\" : \"close\", \"fd\" : 3 }");
        Scenario any = ScenarioJson.fromJson(twice, "old.lifeline.json");
        assertEquals(List.of("operation close(3) of process \"app\" (P1): is listed twice; in any order each"
                + " operation runs exactly once (in program order a list may repeat one)"),
                ScenarioValidator.validate(any).stream().map(p -> p.toString()).toList());
        Scenario program = ScenarioJson.fromJson(twice.replace("\"version\" : 1", "\"version\" : 2"), "x");
        assertEquals(List.of(), ScenarioValidator.validate(program));
        assertEquals(program, ScenarioJson.fromJson(ScenarioJson.toJson(program), "x"));
    }
}

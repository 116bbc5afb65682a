package lifeline.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import lifeline.io.Examples;
import lifeline.model.DriverFile;
import lifeline.model.FileNode;
import lifeline.model.ProcessNode;
import lifeline.model.Property;
import lifeline.model.Scenario;
import lifeline.model.ScenarioBuilder;
import lifeline.model.SeedScenarios;
import org.junit.jupiter.api.Test;

/** The generator is deterministic, writes what the scenario says, and lets no typed name into TLA+. */
class ModelGeneratorTest {
    @Test
    void sameScenarioGivesByteIdenticalModels() {
        for (String name : Examples.names()) {
            Scenario s = Examples.load(name).orElseThrow();
            GeneratedModel a = ModelGenerator.generate(s, CheckOptions.of(s.properties()));
            GeneratedModel b = ModelGenerator.generate(Examples.load(name).orElseThrow(),
                    CheckOptions.of(s.properties()));
            assertEquals(a.moduleText(), b.moduleText());
            assertEquals(a.cfgText(), b.cfgText());
        }
    }

    @Test
    void cfgSubstitutesEveryConstantAndListsTheCheckedInvariants() {
        Scenario s = SeedScenarios.benchmark();
        String cfg = ModelGenerator.generate(s, new CheckOptions(EnumSet.of(Property.NO_LEAK,
                Property.RELEASE_IN_OPENER_CONTEXT), Granularity.LITERAL)).cfgText();
        for (String c : ModelGenerator.CONSTANTS) {
            assertTrue(cfg.contains("    " + c + " <- mc_" + c + "\n"), c);
        }
        assertTrue(cfg.contains("INVARIANT NoLeak\n"));
        assertTrue(cfg.contains("INVARIANT ReleaseInOpenerContext\n"));
        assertFalse(cfg.contains("INVARIANT NoUseAfterFree"));
        assertTrue(cfg.contains("VIEW View"));
    }

    @Test
    void moduleEncodesTheBenchmarkScenario() {
        String mc = ModelGenerator.generate(SeedScenarios.benchmark(), CheckOptions.of(Property.defaults()))
                .moduleText();
        assertTrue(mc.contains("mc_Procs == {\"p1\", \"p2\", \"p3\"}"), mc);
        assertTrue(mc.contains("mc_Fds == [p1 |-> (3 :> \"f1\" @@ 4 :> \"f2\" @@ 5 :> \"f3\" @@ 6 :> \"f4\"), "
                + "p2 |-> (3 :> \"f2\" @@ 4 :> \"f3\"), p3 |-> (3 :> \"f3\" @@ 4 :> \"f4\")]"), mc);
        assertTrue(mc.contains("mc_Mapping == [p1 |-> \"f1\", p2 |-> \"none\", p3 |-> \"none\"]"), mc);
        assertTrue(mc.contains("mc_Hook == [p1 |-> \"none\", p2 |-> \"none\", p3 |-> \"copy\"]"), mc);
        assertTrue(mc.contains("mc_Watches == {<<\"f4\", \"f3\">>}"), mc);
        assertTrue(mc.contains("mc_Fused == TRUE"), mc);
        assertTrue(mc.contains("mc_Record == {\"uaf\", \"double_free\", \"underflow\"}"), mc);
    }

    @Test
    void programOrderIsASequenceHeadFirstAndAnyOrderASet() {
        Scenario s = new ScenarioBuilder("orders")
                .program("P1", 100, true, ScenarioBuilder.close(4), ScenarioBuilder.close(3), ScenarioBuilder.close(4))
                .process("P2", 101, false, ScenarioBuilder.close(3))
                .driverFile("F1", "P1", d -> d).fd("P1", 3, "F1").fd("P1", 4, "F1").fd("P2", 3, "F1").build();
        String mc = ModelGenerator.generate(s).moduleText();
        String close3 = "[kind |-> \"close\", fd |-> 3, mode |-> \"\"]";
        String close4 = "[kind |-> \"close\", fd |-> 4, mode |-> \"\"]";
        assertTrue(mc.contains("mc_Ops == [p1 |-> <<" + close4 + ", " + close3 + ", " + close4 + ">>, p2 |-> {"
                + close3 + "}]"), mc);
        assertTrue(mc.contains("mc_Order == [p1 |-> \"program\", p2 |-> \"any\"]"), mc);
        assertTrue(mc.contains("\\* p1: process \"p1\", tgid 100, exits, program order\n"), mc);
    }

    @Test
    void typedNamesReachTheModuleOnlyAsEscapedCommentText() {
        String hostile = "evil\" ==== *) (* \\* \nVARIABLE x\r\u4e2d";
        Scenario s = SeedScenarios.seed002(lifeline.model.FreeSite.FLUSH);
        ProcessNode p = s.processes().get(0);
        FileNode f = s.files().get(0);
        s = s.withProcesses(List.of(new ProcessNode(p.id(), hostile, p.tgid(), p.exits(), p.operations(),
                p.position()))).withFiles(List.of(new DriverFile(f.id(), hostile, f.opener(),
                ((DriverFile) f).driver(), f.position()))).withTitle(hostile, "");
        String mc = ModelGenerator.generate(s, CheckOptions.of(s.properties())).moduleText();
        for (String line : mc.split("\n")) {
            if (line.contains("evil")) {
                assertTrue(line.startsWith("\\* "), "only in comments: " + line);
                assertFalse(line.contains("*)") || line.contains("(*"), line);
            }
        }
        assertTrue(mc.lines().noneMatch(l -> l.startsWith("VARIABLE")), "no line break from a name");
        assertTrue(mc.contains("\\u4e2d"), "non-ASCII is escaped");
        assertEquals(1, mc.lines().filter(l -> l.startsWith("=====")).count(), "one module end");
    }
}

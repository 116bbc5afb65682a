package lifeline.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import lifeline.cli.Cli;
import lifeline.io.Examples;
import lifeline.io.ScenarioJson;
import lifeline.model.Property;
import lifeline.model.Scenario;
import lifeline.spec.Granularity;
import lifeline.tlc.SmallRuns;
import lifeline.trace.KernelTrace;
import lifeline.trace.TraceStep;
import lifeline.trace.value.TlaRecord;
import lifeline.trace.value.TlaValue;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fused model's steps open into the literal model's steps. On every bug example, for each property it
 * violates, the fused trace opened into kernel steps is replayed on the literal model by plain TLC: an action
 * constraint lets the literal model take a step only if it executes exactly the calls (task, backtrace,
 * object, in order) of the next kernel step and leads to exactly that kernel step's state (every variable but
 * the log), and no step after the last. A search as deep as the kernel steps proves that the literal model
 * takes the same interleaving through the same functions and the same states at every kernel step.
 */
class KernelStepsTlcTest {
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "seed000-binder-leak,       NoLeak",
            "seed001-epoll-flush-uaf,   NoUseAfterFree",
            "seed002-flush-double-free, NoDoubleFree",
            "seed003-kref-missing-get,  NoUseAfterFree",
            "seed003-kref-missing-get,  NoRefcountUnderflow",
            "seed004-hook-path-leak,    NoLeak"})
    void theLiteralModelTakesTheOpenedFusedSteps(String name, String property, @TempDir Path dir)
            throws Exception {
        Scenario s = Examples.load(name).orElseThrow();
        Set<Property> props = Set.of(Property.byTlaName(property).orElseThrow());
        CheckResult fused = TlcFixture.check(s, props, Granularity.FUSED);
        assertEquals(Verdict.VIOLATION, fused.verdict(), fused.message());
        KernelTrace trace = fused.trace().orElseThrow();
        assertTrue(trace.canFold(), "the fused trace folds kernel steps");
        assertTrue(trace.isOpen(), "a trace of " + trace.kernelSteps().size() + " kernel steps opens by default");
        assertEquals(trace.foldedSteps().stream().mapToInt(x -> x.kernelSteps().size()).sum(),
                trace.kernelSteps().size(), "each kernel step belongs to one fused step");

        Path model = exportLiteral(s, property, dir);
        Files.writeString(model.resolve("MC.tla"), replay(Files.readString(model.resolve("MC.tla")), trace));
        Files.writeString(model.resolve("Replay.cfg"), config(Files.readString(model.resolve("MC.cfg"))));
        String out = plainTlc(model);
        assertTrue(out.contains("Model checking completed. No error has been found."), out);
        assertTrue(out.contains("The depth of the complete state graph search is " + trace.kernelSteps().size()
                + "."), "the literal model cannot follow the " + trace.kernelSteps().size() + " kernel steps of "
                + name + ":\n" + out);
    }

    private static Path exportLiteral(Scenario s, String property, Path dir) throws Exception {
        Path file = dir.resolve("s.lifeline.json");
        Files.writeString(file, ScenarioJson.toJson(s));
        Path out = dir.resolve("model");
        StringWriter err = new StringWriter();
        assertEquals(0, Cli.run(new String[] {"export", "--literal", "-p", property, file.toString(), "--out", out.toString()},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true)), err.toString());
        return out;
    }

    /** The kernel steps as TLA+: the calls each executes and the state it leads to. */
    private static String replay(String mc, KernelTrace trace) {
        List<String> calls = new ArrayList<>();
        List<String> states = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (TraceStep k : trace.kernelSteps().subList(1, trace.kernelSteps().size())) {
            List<String> entries = new ArrayList<>();
            for (TlaValue e : k.state().raw().variable("log").asSeq()) {
                if (e instanceof TlaRecord r && r.fields().containsKey("task")) {
                    entries.add(e.toTla());
                }
            }
            calls.add("<<" + String.join(", ", entries) + ">>");
            List<String> fields = new ArrayList<>();
            names.clear();
            k.state().raw().variables().forEach((var, value) -> {
                if (!var.equals("log")) {
                    fields.add(var + " |-> " + value.toTla());
                    names.add(var);
                }
            });
            states.add("[" + String.join(", ", fields) + "]");
        }
        StringBuilder b = new StringBuilder();
        b.append("ReplayCalls == <<").append(String.join(",\n  ", calls)).append(">>\n");
        b.append("ReplayStates == <<").append(String.join(",\n  ", states)).append(">>\n");
        b.append("Calls(l) == SelectSeq(l, LAMBDA e : \"task\" \\in DOMAIN e)\n");
        b.append("Follows == LET i == TLCGet(\"level\") IN\n      /\\ i <= Len(ReplayStates)\n");
        b.append("      /\\ Calls(log') = ReplayCalls[i]\n");
        for (String var : names) {
            b.append("      /\\ ").append(var).append("' = ReplayStates[i].").append(var).append('\n');
        }
        int end = mc.lastIndexOf("====");
        int lineStart = mc.lastIndexOf('\n', end) + 1;
        return mc.substring(0, lineStart) + b + mc.substring(lineStart);
    }

    private static String config(String cfg) {
        StringBuilder b = new StringBuilder();
        for (String line : cfg.split("\n")) {
            if (!line.startsWith("INVARIANT") && !line.startsWith("PROPERTY")) {
                b.append(line).append('\n');
            }
        }
        return b.append("ACTION_CONSTRAINT Follows\n").toString();
    }

    private static String plainTlc(Path dir) throws Exception {
        return SmallRuns.plainTlcOutput(dir, "Replay.cfg");
    }
}

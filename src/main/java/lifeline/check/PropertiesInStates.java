package lifeline.check;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lifeline.spec.GeneratedModel;
import lifeline.spec.ModelExtension;
import lifeline.tlc.ExploredState;
import lifeline.tlc.RunFiles;
import lifeline.tlc.StateExplorer;
import lifeline.tlc.TlcJarNotFound;
import lifeline.tlc.TlcOptions;
import lifeline.tlc.TlcRunner;
import lifeline.trace.TraceStateParser;
import lifeline.trace.value.TlaValue;
import lifeline.trace.value.TlaValueSyntaxException;

/**
 * Every checked property TLC's own evaluator finds false in each of some states of a model. TLC with
 * {@code -continue} reports each violating state once, under the first invariant of the config it finds false
 * there, so a state that breaks two properties would be listed under one. This asks TLC (the explorer child,
 * {@link StateExplorer}, which names every invariant false in each state it prints) about those states: modules
 * over the model whose initial states are exactly them, a batch a module. The spec decides, as in the check.
 */
final class PropertiesInStates {
    static final String MODULE = "Violating";
    /**
     * States a module: a module of thousands of states as one disjunction would keep SANY and TLC's init busy
     * past the explorer's limits (and its heap), so they go in modules of this many, one after the other
     * through one JVM.
     */
    static final int BATCH = 400;

    private final GeneratedModel model;
    private final TlcRunner runner;
    private final Path tempRoot;
    private final int batch;
    private final TlcOptions.Jit jit;

    /** Evaluates with the JIT of the check whose states it reads (C1 only for a small model). */
    PropertiesInStates(GeneratedModel model, TlcRunner runner, TlcOptions.Jit jit, Path tempRoot) {
        this(model, runner, jit, tempRoot, BATCH);
    }

    /** As above, with batch states a module (tests take a few states through several modules). */
    PropertiesInStates(GeneratedModel model, TlcRunner runner, TlcOptions.Jit jit, Path tempRoot, int batch) {
        this.model = model;
        this.runner = runner;
        this.jit = jit;
        this.tempRoot = tempRoot;
        this.batch = batch;
    }

    /**
     * For each state (its variables, as TLC printed them), the TLA+ names of the invariants false in it, in the
     * config's order.
     *
     * @param texts the states as TLC printed them ({@code /\ var = value} lines)
     * @param states the same states' variables, parsed
     * @throws IOException when TLC cannot load the module or a state it printed back cannot be read
     */
    List<List<String>> violated(List<String> texts, List<Map<String, TlaValue>> states)
            throws IOException, TlcJarNotFound {
        Path dir = RunFiles.createTempDir(tempRoot, Checker.MODEL_DIR_KIND);
        StateExplorer tlc = null;
        try {
            model.writeTo(dir);
            Map<Map<String, TlaValue>, List<String>> byState = new HashMap<>();
            for (int from = 0; from < texts.size(); from += batch) {
                ModelExtension m = ModelExtension.startingIn(MODULE + (from / batch + 1), "", model.cfgText(),
                        texts.subList(from, Math.min(texts.size(), from + batch)));
                Path spec = m.writeTo(dir);
                if (tlc == null) {
                    tlc = StateExplorer.start(runner.jar(), spec, m.configIn(dir), jit, tempRoot);
                } else {
                    tlc.load(spec, m.configIn(dir));
                }
                for (ExploredState s : tlc.initialStates()) {
                    byState.put(TraceStateParser.parseVariables(s.text()), s.violated());
                }
            }
            List<List<String>> violated = new ArrayList<>();
            for (Map<String, TlaValue> s : states) {
                List<String> names = byState.get(s);
                if (names == null) {
                    throw new IOException("TLC's evaluator did not give back a state the check reported.");
                }
                violated.add(names);
            }
            return violated;
        } catch (TlaValueSyntaxException e) {
            throw new IOException("A state TLC evaluated could not be read: " + e.getMessage(), e);
        } finally {
            if (tlc != null) {
                tlc.close();
            }
            RunFiles.delete(dir);
        }
    }
}

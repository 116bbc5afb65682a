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
import lifeline.tlc.TlcRunner;
import lifeline.trace.TraceStateParser;
import lifeline.trace.value.TlaValue;
import lifeline.trace.value.TlaValueSyntaxException;

/**
 * Every checked property TLC's own evaluator finds false in each of some states of a model. TLC with
 * {@code -continue} reports each violating state once, under the first invariant of the config it finds false
 * there, so a state that breaks two properties would be listed under one. This asks TLC (the explorer child,
 * {@link StateExplorer}, which names every invariant false in each state it prints) about those states: one
 * module over the model whose initial states are exactly them. The spec decides, as in the check.
 */
final class PropertiesInStates {
    static final String MODULE = "Violating";

    private final GeneratedModel model;
    private final TlcRunner runner;
    private final Path tempRoot;

    PropertiesInStates(GeneratedModel model, TlcRunner runner, Path tempRoot) {
        this.model = model;
        this.runner = runner;
        this.tempRoot = tempRoot;
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
        try {
            model.writeTo(dir);
            ModelExtension m = ModelExtension.startingIn(MODULE, "", model.cfgText(), texts);
            Path spec = m.writeTo(dir);
            Map<Map<String, TlaValue>, List<String>> byState = new HashMap<>();
            try (StateExplorer tlc = StateExplorer.start(runner.jar(), spec, m.configIn(dir), tempRoot)) {
                for (ExploredState s : tlc.initialStates()) {
                    byState.put(TraceStateParser.parseVariables(s.text()), s.violated());
                }
            } catch (TlaValueSyntaxException e) {
                throw new IOException("A state TLC evaluated could not be read: " + e.getMessage(), e);
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
        } finally {
            RunFiles.delete(dir);
        }
    }
}

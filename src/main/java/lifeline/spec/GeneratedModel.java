package lifeline.spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A model ready for TLC: the generated MC module and its .cfg over the hand-written base
 * module, and the ids that map TLA+ values back to the scenario.
 */
public record GeneratedModel(String moduleText, String cfgText, TlaIds ids) {
    public static final String MODULE = "MC";
    /** The base module's action constraint that ends a random walk where nothing is left to run. */
    static final String WALK_CONSTRAINT = "WalkGoesOn";
    /** The lines of an exhaustive check's configuration that say what random runs add. */
    static final String EXHAUSTIVE_NOTE = "\\* Random runs (TLC's -simulate) add ACTION_CONSTRAINT " + WALK_CONSTRAINT
            + ":\n\\* a walk ends where nothing is left to run.\n";
    /** The line of MC.tla's header with the command that checks it exhaustively. */
    static final String PLAIN_TLC = "\\*   java -cp tla2tools.jar tlc2.TLC -config MC.cfg MC.tla\n";
    /** What the header of random runs' model has in its place: 1,000 walks, as `lifeline check --simulate`. */
    static final String PLAIN_TLC_RANDOM_RUNS =
            "\\*   java -cp tla2tools.jar tlc2.TLC -simulate num=1000 -depth 100 -config MC.cfg MC.tla\n";
    /** What random runs' configuration has in its place: the constraint, and why it is for them alone. */
    static final String RANDOM_RUNS_LINES = "\\* For random runs (TLC's -simulate) only: a walk ends where nothing is left "
            + "to run,\n\\* a state an exhaustive check with this line would not check.\nACTION_CONSTRAINT "
            + WALK_CONSTRAINT + "\n";

    /**
     * The model for random runs (TLC's {@code -simulate}): the same module but for the command in its
     * header, its configuration with {@value #WALK_CONSTRAINT} as action constraint, so each walk stops at
     * its first quiescent state rather than stuttering there up to the depth asked for. Not for model
     * checking, which would then leave the quiescent states unchecked.
     */
    public GeneratedModel forRandomRuns() {
        if (!cfgText.contains(EXHAUSTIVE_NOTE) || !moduleText.contains(PLAIN_TLC)) {
            throw new IllegalStateException("not the model of an exhaustive check:\n" + moduleText + cfgText);
        }
        return new GeneratedModel(moduleText.replace(PLAIN_TLC, PLAIN_TLC_RANDOM_RUNS),
                cfgText.replace(EXHAUSTIVE_NOTE, RANDOM_RUNS_LINES), ids);
    }

    /** This model for an exhaustive check, or {@link #forRandomRuns()} when {@code randomRuns}. */
    public GeneratedModel forRandomRuns(boolean randomRuns) {
        return randomRuns ? forRandomRuns() : this;
    }

    /** Every file TLC needs, by name: MC.tla, MC.cfg and the base module(s). */
    public Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(MODULE + ".tla", moduleText);
        files.put(MODULE + ".cfg", cfgText);
        files.put(BaseModules.LIFELINE + ".tla", BaseModules.lifeline());
        return files;
    }

    /** Writes every file into dir (which must exist); returns the path of MC.tla. */
    public Path writeTo(Path dir) throws IOException {
        for (Map.Entry<String, String> e : files().entrySet()) {
            Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
        }
        return dir.resolve(MODULE + ".tla");
    }
}

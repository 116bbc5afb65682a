package lifeline.explore;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import lifeline.spec.GeneratedModel;
import lifeline.spec.ModelExtension;

/**
 * The files the explorer reads: the generated model (MC.tla, MC.cfg, Lifeline.tla) and a module
 * over it with the spec's reductions off, so every task's every next step is a choice (the fused
 * model's Eager rule would otherwise run commuting operations first, unasked). A run continued as
 * a check starts from a state of the run: a module whose initial predicate is that state, as TLC
 * printed it.
 */
final class ExploreModel {
    static final String MODULE = "Explore";
    static final String FROM = "ExploreFrom";
    private static final String NO_REDUCTION = "ex_Reduce == FALSE\n";

    private final Path dir;
    private final String cfg;

    private ExploreModel(Path dir, String cfg) {
        this.dir = dir;
        this.cfg = cfg;
    }

    /** Writes the model's files and the explore module into {@code dir}. */
    static ExploreModel write(GeneratedModel model, Path dir) throws IOException {
        model.writeTo(dir);
        String cfg = model.cfgText() + "\n\\* Explore: every step is the user's choice.\nCONSTANT\n"
                + "    Reduce <- ex_Reduce\n";
        ModelExtension.of(MODULE, NO_REDUCTION, cfg).writeTo(dir);
        return new ExploreModel(dir, cfg);
    }

    Path spec() {
        return dir.resolve(MODULE + ".tla");
    }

    Path config() {
        return dir.resolve(MODULE + ".cfg");
    }

    /** Writes the module whose only initial state is {@code stateText}; returns its .tla path. */
    Path writeFrom(String stateText) throws IOException {
        return ModelExtension.startingIn(FROM, NO_REDUCTION, cfg, List.of(stateText)).writeTo(dir);
    }
}

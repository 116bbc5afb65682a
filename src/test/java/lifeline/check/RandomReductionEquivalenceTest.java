package lifeline.check;

import java.util.List;
import lifeline.Sweeps;
import lifeline.model.RandomScenarios;
import lifeline.model.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The reductions keep every verdict and quiescent state on seeded random scenarios, as
 * ReductionEquivalenceTest shows on the named ones (the same comparison, see there). The literal
 * model of three processes can take minutes, so the test run checks the first 30 random scenarios of
 * up to two processes, one TLC run per model; -Pthorough checks the first 1,000 of any size (see
 * {@link Sweeps}); -Dlifeline.seed=S another seed.
 */
class RandomReductionEquivalenceTest {
    private static final long SEED = 20261130L;

    @Test
    void seededRandomScenariosKeepTheLiteralVerdictsAndQuiescentStates() throws Exception {
        long seed = Sweeps.seed(SEED);
        List<Scenario> all = RandomScenarios.seeded(seed, Sweeps.size(30, 1000),
                s -> Sweeps.thorough() || s.processes().size() <= 2);
        ReductionEquivalenceTest.assertSame(all, "random scenario of " + Sweeps.rerun(seed) + ", ");
    }
}

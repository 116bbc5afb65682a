package lifeline.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import lifeline.Sweeps;
import lifeline.check.QuiescentStates.Model;
import lifeline.check.QuiescentStates.State;
import lifeline.io.Examples;
import lifeline.io.ScalingFamily;
import lifeline.io.ScenarioJson;
import lifeline.model.Property;
import lifeline.model.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The reductions keep every verdict: on every example, every further scenario and seeded random
 * scenarios, the reduced model (the default) violates exactly the properties the literal model (one
 * TLA+ step per kernel step) violates, reaches exactly the literal model's quiescent states that no
 * refcount underflow led to, and exactly all the quiescent states of the fused model without its
 * reductions. A quiescent state holds every fault recorded on the way (faults only grow) and is
 * where NoLeak looks, and every state reaches one (TLC's deadlock check), so a property is violated
 * iff it fails in some quiescent state. After an underflow the kernel's behaviour is undefined, and
 * the literal model, where more interleavings reach it, may take the count further down (2 of the
 * 223 scenarios here): those states are left out of the comparison with the literal model, not of
 * the verdicts. The named scenarios here are the examples, the further scenarios, the fget and
 * binder_proc scenarios of FgetAndBinderProcTest and the program-order scenarios of ProgramOrderTest
 * (those classes check their kernel verdicts, through the Checker or in a batch, and leave the comparison with the
 * literal model to this one); RandomReductionEquivalenceTest does the same on seeded random scenarios.
 * The smallest member of the scaling family (2 processes, 2 operations each) has 52,364 literal states,
 * forty times all the others together, and takes about 15 s of a core: it is compared with the literal model
 * under -Pthorough only (see {@link Sweeps}), and in every run the reduced model must reach exactly the
 * fused model's quiescent states on it.
 */
class ReductionEquivalenceTest {
    private static final int BATCH = 50;

    @Test
    void examplesAndFurtherScenariosKeepTheLiteralVerdictsAndQuiescentStates() throws Exception {
        List<Scenario> all = new ArrayList<>();
        Examples.names().forEach(n -> all.add(Examples.load(n).orElseThrow()));
        FurtherScenariosTest.scenarios().map(a -> (Scenario) a.get()[1])
                .filter(s -> !s.title().equals("benchmark")).forEach(all::add);
        if (Sweeps.thorough()) {
            all.add(ScalingFamily.member(2, 2));
        }
        FgetAndBinderProcTest.SCENARIOS.values().forEach(s -> all.add(s.get()));
        all.add(ProgramOrderTest.programTwin());
        all.add(ProgramOrderTest.anyTwin());
        all.add(ProgramOrderTest.closeTwiceThenExit());
        assertSame(all, "");
    }

    @Test
    void theScalingFamilysSmallestMemberKeepsTheFusedQuiescentStates() throws Exception {
        List<Scenario> member = List.of(ScalingFamily.member(2, 2));
        List<QuiescentStates.Run> runs = QuiescentStates.explore(member, Model.FUSED, Model.REDUCED);
        Set<State> fused = runs.get(0).states().get(0);
        Set<State> reduced = runs.get(1).states().get(0);
        assertFalse(fused.isEmpty(), "no quiescent state");
        assertEquals(fused, reduced, "fused: " + fused.size() + " quiescent states, reduced: " + reduced.size());
    }

    /** Fails unless every scenario keeps the literal verdicts and quiescent states; origin starts each failure. */
    static void assertSame(List<Scenario> scenarios, String origin) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            assertSame(scenarios, origin, pool);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The literal batches run beside the fused and the reduced ones, one TLC process each. */
    private static void assertSame(List<Scenario> scenarios, String origin, ExecutorService pool) throws Exception {
        List<Future<List<Set<State>>>> literal = new ArrayList<>();
        List<Future<List<List<Set<State>>>>> fused = new ArrayList<>();
        for (int from = 0; from < scenarios.size(); from += BATCH) {
            List<Scenario> batch = scenarios.subList(from, Math.min(scenarios.size(), from + BATCH));
            literal.add(pool.submit(() -> QuiescentStates.of(batch, Model.LITERAL)));
            fused.add(pool.submit(() -> List.of(QuiescentStates.of(batch, Model.FUSED),
                    QuiescentStates.of(batch, Model.REDUCED))));
        }
        List<String> failures = new ArrayList<>();
        for (int b = 0; b < literal.size(); b++) {
            List<Set<State>> l = literal.get(b).get();
            List<Set<State>> f = fused.get(b).get().get(0);
            List<Set<State>> r = fused.get(b).get().get(1);
            for (int i = 0; i < l.size(); i++) {
                Scenario s = scenarios.get(b * BATCH + i);
                assertFalse(l.get(i).isEmpty(), "no quiescent state for " + s.title());
                Set<Property> verdict = QuiescentStates.violated(l.get(i));
                Set<State> literalSound = QuiescentStates.withoutUnderflow(l.get(i));
                Set<State> reducedSound = QuiescentStates.withoutUnderflow(r.get(i));
                if (!verdict.equals(QuiescentStates.violated(r.get(i))) || !f.get(i).equals(r.get(i))
                        || !literalSound.equals(reducedSound)) {
                    failures.add(origin + "number " + (b * BATCH + i) + ": literal violates " + verdict + " in "
                            + l.get(i).size() + " quiescent states (" + literalSound.size() + " without an underflow)"
                            + ", fused " + QuiescentStates.violated(f.get(i)) + " in " + f.get(i).size()
                            + ", reduced " + QuiescentStates.violated(r.get(i)) + " in " + r.get(i).size() + " ("
                            + reducedSound.size() + " without an underflow)\n" + ScenarioJson.toJson(s));
                }
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + scenarios.size() + " differ:\n"
                + String.join("\n", failures.subList(0, Math.min(3, failures.size()))));
    }
}

package lifeline.check;

import static lifeline.model.ScenarioBuilder.close;
import static lifeline.model.ScenarioBuilder.ioctl;
import static lifeline.model.ScenarioBuilder.privateData;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import lifeline.io.Examples;
import lifeline.io.ScenarioJson;
import lifeline.model.FputBalance;
import lifeline.model.FreeSite;
import lifeline.model.Operation;
import lifeline.model.OperationOrder;
import lifeline.model.Property;
import lifeline.model.RandomScenarios;
import lifeline.model.Scenario;
import lifeline.model.ScenarioBuilder;
import lifeline.trace.KernelTrace;
import org.junit.jupiter.api.Test;

/**
 * Program order through the real TLC (kernel-model §6): a process runs its operations in the order listed,
 * so it reaches fewer behaviours than its any-order twin; a pass in any order implies a pass in program order.
 */
class ProgramOrderTest {
    private static final long SEED = 20261130L;
    private static final int RANDOM_SCENARIOS = 12;

    /**
     * fd 4 is a dup of fd 3 on a driver that frees private_data in flush. The reproducer does ioctl(4), then
     * close(3): ioctl reads private_data before the flush frees it. In any order close(3) may come first,
     * and ioctl(4) then reads freed private_data.
     */
    static Scenario ioctlThenCloseOfDup(OperationOrder order, Operation... ops) {
        return new ScenarioBuilder("ioctl on a dup, " + order.label() + " order")
                .process("P1", 100, false, order, ops)
                .driverFile("F1", "P1", d -> privateData(d, FreeSite.FLUSH))
                .fd("P1", 3, "F1").fd("P1", 4, "F1").build();
    }

    static Scenario programTwin() {
        return ioctlThenCloseOfDup(OperationOrder.PROGRAM, ioctl(4, FputBalance.BALANCED), close(3));
    }

    static Scenario anyTwin() {
        return ioctlThenCloseOfDup(OperationOrder.ANY, ioctl(4, FputBalance.BALANCED), close(3));
    }

    /**
     * Every property's verdict on the twins and on closeTwiceThenExit, in one TLC run (QuiescentStates): no
     * test here reads their traces (theReverseProgramOrderReachesTheUseAfterFreeWithATrace reads one).
     */
    @Test
    void anyOrderFindsTheUseAfterFreeThatTheProgramOrderCannotReachAndASecondCloseOfOneFdIsEbadf() throws Exception {
        List<Set<QuiescentStates.State>> states = QuiescentStates.of(
                List.of(programTwin(), anyTwin(), closeTwiceThenExit()), QuiescentStates.Model.REDUCED);
        List<Set<Property>> verdicts = QuiescentStates.verdicts(List.of(programTwin(), anyTwin()), states.subList(0, 2));
        assertEquals(Set.of(), verdicts.get(0), "program order");
        assertEquals(Set.of(Property.NO_USE_AFTER_FREE), verdicts.get(1), "any order");
        assertFalse(states.get(2).isEmpty());
        assertEquals(Set.of(), QuiescentStates.violated(states.get(2)), "close twice, every property");
    }

    @Test
    void theReverseProgramOrderReachesTheUseAfterFreeWithATrace() {
        Scenario s = ioctlThenCloseOfDup(OperationOrder.PROGRAM, close(3), ioctl(4, FputBalance.BALANCED));
        CheckResult r = TlcFixture.check(s);
        assertEquals(Optional.of(Property.NO_USE_AFTER_FREE), r.violated(), r.message());
        KernelTrace t = r.trace().orElseThrow();
        assertTrue(t.steps().get(1).calls().stream().anyMatch(c -> c.backtrace().contains("sys_close")),
                "close(3) runs first: " + t.steps().get(1).calls());
        assertTrue(t.last().calls().stream().anyMatch(c -> c.backtrace().contains("sys_ioctl")), r.report());
        assertTrue(r.report().contains("use-after-free"), r.report());
    }

    /**
     * A second close of one fd is EBADF (sys_close finds the slot empty): no flush, no fput, no underflow.
     * ReductionEquivalenceTest checks the literal model on it, and on the two twins above, property by property.
     */
    static Scenario closeTwiceThenExit() {
        return new ScenarioBuilder("close twice").program("P1", 100, true, close(3), close(3), close(4))
                .driverFile("F1", "P1", d -> privateData(d, FreeSite.RELEASE))
                .fd("P1", 3, "F1").fd("P1", 4, "F1").build();
    }

    /**
     * With at most one operation per process the two orders allow the same behaviours, so each example in
     * program order has the verdict of its any-order original, property by property, and as many quiescent
     * states (they differ only in how the operations left are written: a set, a sequence); with more,
     * program order reaches no more of them. Both orders of every example are checked in
     * one TLC run (QuiescentStates); ExamplesTest checks each example's verdict through the Checker.
     */
    @Test
    void everyExampleKeepsItsVerdictInProgramOrder() throws Exception {
        List<String> names = Examples.names();
        List<Scenario> both = new ArrayList<>();
        for (String name : names) {
            Scenario any = Examples.load(name).orElseThrow();
            both.add(inOrder(any, OperationOrder.ANY));
            both.add(inOrder(any, OperationOrder.PROGRAM));
        }
        List<Set<QuiescentStates.State>> states = QuiescentStates.of(both, QuiescentStates.Model.REDUCED);
        for (int i = 0; i < names.size(); i++) {
            Set<QuiescentStates.State> any = states.get(2 * i);
            Set<QuiescentStates.State> program = states.get(2 * i + 1);
            String name = names.get(i);
            assertEquals(QuiescentStates.violated(any), QuiescentStates.violated(program), name);
            if (both.get(2 * i).processes().stream().allMatch(x -> x.operations().size() <= 1)) {
                assertEquals(any.size(), program.size(), name);
            } else {
                assertTrue(program.size() <= any.size(), name);
            }
        }
    }

    /**
     * Program order allows a subset of the behaviours of any order: for random scenarios (each operation
     * listed once), a property that holds in any order holds in program order, and one that program order
     * violates is violated in any order too. Both orders of every scenario are checked in one TLC run, with
     * every property's value in each quiescent state (QuiescentStates).
     */
    @Test
    void aPassInAnyOrderIsAPassInProgramOrder() throws Exception {
        List<Scenario> sample = RandomScenarios.seeded(SEED, RANDOM_SCENARIOS, s -> s.processes().stream()
                .allMatch(p -> Set.copyOf(p.operations()).size() == p.operations().size()));
        List<Scenario> both = new ArrayList<>();
        for (Scenario s : sample) {
            both.add(inOrder(s, OperationOrder.ANY));
            both.add(inOrder(s, OperationOrder.PROGRAM));
        }
        List<Set<QuiescentStates.State>> states = QuiescentStates.of(both, QuiescentStates.Model.REDUCED);
        for (int i = 0; i < sample.size(); i++) {
            Set<Property> any = QuiescentStates.violated(states.get(2 * i));
            Set<Property> program = QuiescentStates.violated(states.get(2 * i + 1));
            assertTrue(any.containsAll(program), "program order violates " + program + ", any order " + any
                    + " (seed " + SEED + ")\n" + ScenarioJson.toJson(both.get(2 * i + 1)));
        }
    }

    /** Every process in one order, each operation listed once (its first time), as any order requires. */
    static Scenario inOrder(Scenario s, OperationOrder order) {
        return s.withProcesses(s.processes().stream()
                .map(p -> p.withOrder(order).withOperations(p.operations().stream().distinct().toList())).toList());
    }
}

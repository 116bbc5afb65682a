package lifeline.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import lifeline.edit.CommandStack;
import lifeline.fix.Fix;
import lifeline.fix.FixAdvisor;
import lifeline.io.Examples;
import lifeline.model.FputBalance;
import lifeline.model.Property;
import lifeline.model.Scenario;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For each bug pattern the advisor names the fix; applying it (undoably) and checking again passes.
 * Each bug is checked through the Checker (the advisor reads its trace); the fixed scenarios are
 * checked again all in one TLC run (QuiescentStates), which gives each one's verdict on every
 * property it checks.
 */
class FixAdvisorTest {
    /** The violated properties of each fixed scenario, by the scenario. */
    private static final Map<Scenario, Set<Property>> AFTER_FIX = new HashMap<>();

    static Stream<Arguments> bugs() {
        return Stream.of(
                Arguments.of("seed000", Examples.load("seed000-binder-leak").orElseThrow(), "seed 000", "current->tgid"),
                Arguments.of("seed001", Examples.load("seed001-epoll-flush-uaf").orElseThrow(), "seed 001", "in release, not flush"),
                Arguments.of("seed002", Examples.load("seed002-flush-double-free").orElseThrow(), "seed 002", "private_data"),
                Arguments.of("seed003", Examples.load("seed003-kref-missing-get").orElseThrow(), "seed 003", "kref_get"),
                Arguments.of("seed004", Examples.load("seed004-hook-path-leak").orElseThrow(), "seed 004", "Copy struct path"),
                Arguments.of("unplug kfree", FurtherScenariosTest.unplugFrees(), "seed 003", "kref_put, not kfree"),
                Arguments.of("extra fput", FurtherScenariosTest.ioctl(FputBalance.EXTRA), "fget/fput", "exactly one fput"),
                Arguments.of("forgotten fput", FurtherScenariosTest.ioctl(FputBalance.LEAK), "fget/fput", "exactly one fput"),
                Arguments.of("ep_free after shared flush", FurtherScenariosTest.epollFreeAfterSharedFlush(), "seed 001", "in release"));
    }

    /** Checks every bug, applies the advised fix where there is one and checks the fixed scenarios together. */
    @BeforeAll
    static void checkTheFixedScenarios() throws Exception {
        List<Scenario> fixed = new ArrayList<>();
        bugs().map(a -> (Scenario) a.get()[1]).forEach(bug -> advise(bug).ifPresent(fix -> {
            CommandStack stack = new CommandStack(bug);
            if (stack.execute(fix.command())) {
                fixed.add(stack.current());
            }
        }));
        List<Set<Property>> verdicts = QuiescentStates.verdicts(fixed);
        for (int i = 0; i < fixed.size(); i++) {
            AFTER_FIX.put(fixed.get(i), verdicts.get(i));
        }
    }

    /** The advice on a bug, from its check (TlcFixture keeps the result for the test to look at). */
    private static Optional<Fix> advise(Scenario bug) {
        CheckResult r = TlcFixture.check(bug);
        if (r.verdict() != Verdict.VIOLATION) {
            return Optional.empty();
        }
        return FixAdvisor.advise(r.violated().orElseThrow(), r.trace().orElseThrow(), r.naming());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bugs")
    void theFixIsNamedAndMakesTheScenarioPass(String title, Scenario bug, String story, String words) {
        CheckResult r = TlcFixture.check(bug);
        assertEquals(Verdict.VIOLATION, r.verdict(), r.message());
        Fix fix = FixAdvisor.advise(r.violated().orElseThrow(), r.trace().orElseThrow(), r.naming()).orElseThrow();
        assertEquals(story, fix.story());
        assertTrue(fix.title().contains(words), fix.title());

        CommandStack stack = new CommandStack(bug);
        assertTrue(stack.execute(fix.command()));
        Set<Property> violated = AFTER_FIX.get(stack.current());
        assertNotNull(violated, "the fixed scenario was not checked");
        assertEquals(Set.of(), violated, "the fixed scenario still violates these");
        stack.undo();
        assertEquals(bug, stack.current(), "the fix is undoable");
    }
}

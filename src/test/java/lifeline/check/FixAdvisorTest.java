package lifeline.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import lifeline.edit.CommandStack;
import lifeline.fix.Fix;
import lifeline.fix.FixAdvisor;
import lifeline.io.Examples;
import lifeline.model.FputBalance;
import lifeline.model.Scenario;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** For each bug pattern the advisor names the fix; applying it (undoably) and checking again passes. */
class FixAdvisorTest {
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
        CheckResult again = TlcFixture.check(stack.current());
        assertEquals(Verdict.PASS, again.verdict(), again.message() + "\n" + again.report());
        stack.undo();
        assertEquals(bug, stack.current(), "the fix is undoable");
    }
}

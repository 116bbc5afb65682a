package lifeline.check;

import static lifeline.model.ScenarioBuilder.close;
import static lifeline.model.ScenarioBuilder.ioctl;
import static lifeline.model.ScenarioBuilder.pollable;
import static lifeline.model.ScenarioBuilder.privateData;
import static lifeline.model.ScenarioBuilder.wake;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import lifeline.model.FputBalance;
import lifeline.model.FreeSite;
import lifeline.model.PathCapture;
import lifeline.model.Property;
import lifeline.model.ReservedMemory;
import lifeline.model.Scenario;
import lifeline.model.ScenarioBuilder;
import lifeline.model.SeedScenarios;
import lifeline.model.Unplug;
import lifeline.spec.Granularity;
import lifeline.trace.KernelTrace;
import lifeline.trace.TraceStep;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Scenarios that a naive model of close/exit/fput gets wrong, checked through the real TLC.
 * ReductionEquivalenceTest checks that the literal model violates the same properties on each of them
 * (but the benchmark scenario, whose literal model the benchmark command measures).
 */
class FurtherScenariosTest {
    /** The violated properties of the scenarios checked in one batch, by the scenario. */
    private static final Map<Scenario, Set<Property>> BATCHED = new HashMap<>();

    /** Two processes share a file (fork): flush runs on each close, release only on the last. */
    static Scenario sharedFile(FreeSite privFreedIn) {
        return new ScenarioBuilder("shared file").process("P1", 10, false, close(3))
                .process("P2", 11, false, close(3))
                .driverFile("F1", "P1", d -> privateData(d, privFreedIn))
                .fd("P1", 3, "F1").fd("P2", 3, "F1").build();
    }

    /** The epoll's fd is below the watched file's: close_files runs ep_free before the flush frees. */
    static Scenario epollBeforeWatchedFile() {
        return new ScenarioBuilder("epoll closed first").process("P1", 10, true)
                .epoll("E1", "P1").driverFile("F1", "P1", d -> pollable(d, FreeSite.FLUSH))
                .fd("P1", 3, "E1").fd("P1", 4, "F1").watch("E1", "F1").build();
    }

    /** A forked child still holds the file; its parent's flush freed the queue; epoll's ep_free touches it. */
    static Scenario epollFreeAfterSharedFlush() {
        return new ScenarioBuilder("ep_free after shared flush").process("P1", 10, true)
                .process("P2", 11, false)
                .driverFile("F1", "P1", d -> pollable(d, FreeSite.FLUSH)).epoll("E1", "P1")
                .fd("P1", 3, "F1").fd("P1", 4, "E1").fd("P2", 3, "F1").watch("E1", "F1").build();
    }

    /** The hooked close is not the last reference; P2's exit may land before the hook's path_put. */
    static Scenario hookNotLastReference(PathCapture capture, boolean otherExits) {
        return new ScenarioBuilder("hook, shared file").process("P1", 10, false, close(3))
                .process("P2", 11, otherExits).driverFile("F1", "P1", d -> d)
                .fd("P1", 3, "F1").fd("P2", 3, "F1").hook("P1", capture).build();
    }

    static Scenario childWakesAfterParentFlush() {
        return new ScenarioBuilder("fork child wakes").process("P1", 10, false, close(3))
                .process("P2", 11, false, wake(3)).driverFile("F1", "P1", d -> pollable(d, FreeSite.FLUSH))
                .fd("P1", 3, "F1").fd("P2", 3, "F1").build();
    }

    static Scenario ioctl(FputBalance balance) {
        return new ScenarioBuilder("ioctl " + balance).process("P1", 10, false, ScenarioBuilder.ioctl(3, balance),
                        close(3)).driverFile("F1", "P1", d -> d).fd("P1", 3, "F1").build();
    }

    static Scenario unplugFrees() {
        return new ScenarioBuilder("unplug kfree").process("P1", 10, false, close(3))
                .device("D1", Unplug.KFREE).driverFile("F1", "P1", d -> d.withDevice("D1", true))
                .fd("P1", 3, "F1").build();
    }

    static Scenario binderNotMapped() {
        return new ScenarioBuilder("binder not mmapped").process("P1", 1200, true)
                .binder("B1", "P1", false)
                .driverFile("F1", "P1", d -> ScenarioBuilder.reserved(d, ReservedMemory.CURRENT_TGID))
                .fd("P1", 3, "B1").fd("P1", 4, "F1").kworker(47).build();
    }

    /**
     * An ioctl with an extra fput drops the mmapped binder's f_count to what the mapping holds, the close
     * drops it to 0: binder_release defers RELEASE and the kworker may free the binder_proc before the
     * exit's binder_vma_close writes into it (issue 14).
     */
    static Scenario binderVmaCloseAfterExtraFput() {
        return new ScenarioBuilder("binder_vma_close after an extra fput").process("P1", 100, true,
                        ScenarioBuilder.ioctl(3, FputBalance.EXTRA), close(3))
                .binder("B1", "P1", true).fd("P1", 3, "B1").kworker(47).build();
    }

    /** An extra fput ran __fput and release freed the queue; the wake's fget on the fd then fails: EBADF. */
    static Scenario wakeAfterExtraFput() {
        return new ScenarioBuilder("wake after an extra fput").process("P1", 100, false,
                        ScenarioBuilder.ioctl(3, FputBalance.EXTRA), wake(3))
                .driverFile("F1", "P1", d -> pollable(d, FreeSite.RELEASE)).fd("P1", 3, "F1").build();
    }

    /** The close hook's fget fails after an extra fput: no path to take or put; the close still underflows. */
    static Scenario hookAfterExtraFput(PathCapture capture) {
        return new ScenarioBuilder("hooked close after an extra fput").process("P1", 100, false,
                        ScenarioBuilder.ioctl(3, FputBalance.EXTRA), close(3))
                .driverFile("F1", "P1", d -> d).fd("P1", 3, "F1").hook("P1", capture).build();
    }

    /**
     * A binder file shared by two processes; one does two ioctls that each fput once too often, then closes
     * its fd. The other's close can land between the ioctl's fputs, so f_count goes to -1, the later close
     * sees a count that is not 0 and binder_flush touches the binder_proc the kworker freed. The fused model
     * once ran an ioctl's fputs without a stop between them and missed it (found by ReductionEquivalenceTest).
     */
    static Scenario sharedBinderAfterTwoExtraFputs() {
        return new ScenarioBuilder("shared binder after two extra fputs")
                .program("P1", 107, false, ScenarioBuilder.ioctl(4, FputBalance.EXTRA),
                        ScenarioBuilder.ioctl(4, FputBalance.EXTRA), close(4))
                .process("P2", 113, true, close(3))
                .binder("B1", "P2", false).fd("P2", 3, "B1").fd("P1", 4, "B1").kworker(47).build();
    }

    static Stream<Arguments> scenarios() {
        return Stream.of(
                Arguments.of("shared file, private data freed in release", sharedFile(FreeSite.RELEASE), null, null),
                Arguments.of("shared file, private data freed in flush", sharedFile(FreeSite.FLUSH),
                        Property.NO_DOUBLE_FREE, "flush"),
                Arguments.of("epoll fd closed before the watched file", epollBeforeWatchedFile(), null, null),
                Arguments.of("ep_free after a shared flush", epollFreeAfterSharedFlush(), Property.NO_USE_AFTER_FREE,
                        "ep_free"),
                Arguments.of("pointer hook, other holder exits", hookNotLastReference(PathCapture.POINTER, true),
                        Property.NO_LEAK, "path_put"),
                Arguments.of("pointer hook, other holder keeps the file",
                        hookNotLastReference(PathCapture.POINTER, false), null, null),
                Arguments.of("copy hook, other holder exits", hookNotLastReference(PathCapture.COPY, true), null, null),
                Arguments.of("fork child wakes after parent's flush", childWakesAfterParentFlush(),
                        Property.NO_USE_AFTER_FREE, "__wake_up"),
                Arguments.of("ioctl with an extra fput", ioctl(FputBalance.EXTRA), Property.NO_REFCOUNT_UNDERFLOW,
                        "filp_close"),
                Arguments.of("ioctl that forgets fput", ioctl(FputBalance.LEAK), Property.NO_LEAK, null),
                Arguments.of("balanced ioctl", ioctl(FputBalance.BALANCED), null, null),
                Arguments.of("unplug kfrees under an open file", unplugFrees(), Property.NO_USE_AFTER_FREE,
                        "kref_put"),
                Arguments.of("binder without mmap: release runs in the process", binderNotMapped(), null, null),
                Arguments.of("benchmark scenario", SeedScenarios.benchmark(), null, null));
    }

    /**
     * The scenarios whose violation the test reads a trace of are checked through the Checker; the others,
     * which pass or whose answer is a property alone, all in one TLC run (QuiescentStates), each property's
     * verdict: the property named must be the only one violated.
     */
    @BeforeAll
    static void checkThoseWithoutATraceToRead() throws Exception {
        List<Scenario> batch = scenarios().filter(a -> a.get()[3] == null).map(a -> (Scenario) a.get()[1]).toList();
        List<Set<Property>> verdicts = QuiescentStates.verdicts(batch);
        for (int i = 0; i < batch.size(); i++) {
            BATCHED.put(batch.get(i), verdicts.get(i));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void givesTheKernelsAnswer(String title, Scenario s, Property violated, String function) {
        if (function == null) {
            assertEquals(violated == null ? Set.of() : Set.of(violated), BATCHED.get(s), "violated properties");
            return;
        }
        CheckResult r = TlcFixture.check(s);
        assertEquals(Optional.ofNullable(violated), r.violated(), r.message() + "\n" + r.report());
        assertEquals(Verdict.VIOLATION, r.verdict(), r.message());
        TraceStep last = r.trace().orElseThrow().folded().last();
        assertTrue(last.calls().stream().anyMatch(c -> c.backtrace().contains(function)),
                "last step runs " + last.calls());
    }

    @Test
    void seed000LeakIsFoundThoughTheKworkerMayRunBeforeExitFiles() {
        Scenario s = SeedScenarios.seed000(ReservedMemory.CURRENT_TGID);
        for (Granularity g : Granularity.values()) {
            CheckResult r = TlcFixture.check(s, g);
            assertEquals(Optional.of(Property.NO_LEAK), r.violated(), g + ": " + r.message());
            KernelTrace t = r.trace().orElseThrow();
            assertTrue(t.steps().stream().anyMatch(st -> st.task().equals("kworker")
                    && st.calls().stream().anyMatch(c -> c.backtrace().contains("release"))),
                    g + ": release runs in the kworker somewhere in the trace");
        }
    }

    @Test
    void releaseInOpenerContextLintExplainsSeed000EvenWithTheFix() {
        Scenario s = SeedScenarios.seed000(ReservedMemory.FILE_RECORD);
        CheckResult r = TlcFixture.check(s, EnumSet.of(Property.RELEASE_IN_OPENER_CONTEXT), Granularity.FUSED);
        assertEquals(Optional.of(Property.RELEASE_IN_OPENER_CONTEXT), r.violated(), r.message());
        assertTrue(r.report().contains("kworker"), r.report());
    }
}

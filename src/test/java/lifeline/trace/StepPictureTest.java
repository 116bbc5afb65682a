package lifeline.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import lifeline.check.CheckResult;
import lifeline.check.TlcFixture;
import lifeline.io.Examples;
import lifeline.model.FdLink;
import lifeline.model.FputBalance;
import lifeline.model.Property;
import lifeline.model.Scenario;
import lifeline.model.ScenarioBuilder;
import lifeline.model.Watch;
import lifeline.spec.Granularity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The canvas's picture of each step, from real TLC traces of the seed examples. */
class StepPictureTest {

    /** Each example is checked once per granularity (TlcFixture keeps the results). */
    private static CheckResult check(String example, Granularity g) {
        return TlcFixture.check(Examples.load(example).orElseThrow(), g);
    }

    private static StepPicture picture(CheckResult r, TraceStep step) {
        KernelTrace t = r.trace().orElseThrow();
        boolean leakEnd = step == t.last() && r.violated().orElseThrow() == Property.NO_LEAK;
        return StepPicture.of(step, r.naming(), leakEnd ? t.leaks() : List.of());
    }

    private static StepPicture last(CheckResult r) {
        return picture(r, r.trace().orElseThrow().last());
    }

    @ParameterizedTest
    @EnumSource(Granularity.class)
    void seed001EndsWithTheFreedWaitQueueOfTheFileInRed(Granularity g) {
        CheckResult r = check("seed001-epoll-flush-uaf", g);
        StepPicture first = picture(r, r.trace().orElseThrow().steps().get(0));
        assertFalse(first.node("F1").fault() || first.node("F1").freed() || first.node("P1").active());
        assertEquals(new Mark("f_count 1", Mark.Tone.PLAIN), first.node("F1").count());
        assertTrue(first.closedFds().isEmpty() && first.removedWatches().isEmpty());
        assertTrue(first.node("E1").marks().contains(Mark.plain("1 epitem")));

        StepPicture end = last(r);
        NodePicture file = end.node("F1");
        assertTrue(file.fault(), "the file whose wait queue was touched is the fault");
        assertTrue(file.marks().contains(new Mark("wait queue freed", Mark.Tone.FAULT)), file.marks().toString());
        assertEquals("f_count 0", file.count().text());
        assertTrue(end.node("P1").active(), "the exiting process moved");
        assertFalse(end.node("E1").fault());
        assertTrue(end.closedFds().contains(new FdLink("P1", 3, "F1")));
        assertFalse(end.closedFds().contains(new FdLink("P1", 4, "E1")), "close_files has not reached fd 4");
        assertTrue(end.removedWatches().contains(new Watch("E1", "F1")), "ep_remove took the epitem off");
    }

    @ParameterizedTest
    @EnumSource(Granularity.class)
    void seed001FreesTheQueueBeforeAnyFaultInTheDetailedTrace(Granularity g) {
        CheckResult r = check("seed001-epoll-flush-uaf", g);
        assertTrue(freedBeforeFault(r, r.trace().orElseThrow().steps()),
                "one kernel step at a time shows flush's kfree before the fault, in either model");
        assertEquals(g == Granularity.LITERAL, freedBeforeFault(r, r.trace().orElseThrow().folded().steps()),
                "a folded fused step does both at once");
    }

    private static boolean freedBeforeFault(CheckResult r, List<TraceStep> steps) {
        return steps.stream().map(s -> picture(r, s).node("F1"))
                .anyMatch(n -> n.marks().contains(new Mark("wait queue freed", Mark.Tone.FREED)) && !n.fault());
    }

    @ParameterizedTest
    @EnumSource(Granularity.class)
    void seed000QueuesBinderWorkOnTheKworkerAndEndsWithTheLeak(Granularity g) {
        CheckResult r = check("seed000-binder-leak", g);
        List<TraceStep> steps = r.trace().orElseThrow().steps();
        String kworker = r.naming().scenario().kworker().id();
        assertTrue(steps.stream().map(s -> picture(r, s).node(kworker))
                .anyMatch(k -> k.marks().stream().anyMatch(m -> m.text().startsWith("queued: ")
                        && m.text().contains("PUT_FILES"))), "put_files_struct deferred to the kworker");
        assertTrue(steps.stream().anyMatch(s -> picture(r, s).node(kworker).active()), "the kworker runs it");
        StepPicture end = last(r);
        assertTrue(end.nodes().values().stream().anyMatch(NodePicture::fault), "the leaked object is marked");
        assertTrue(end.nodes().values().stream().flatMap(n -> n.marks().stream())
                .anyMatch(m -> m.tone() == Mark.Tone.FAULT && m.text().endsWith("leaked")), end.toString());
    }

    @ParameterizedTest
    @EnumSource(Granularity.class)
    void seed003EndsOnTheFreedDevice(Granularity g) {
        CheckResult r = check("seed003-kref-missing-get", g);
        String device = r.naming().scenario().devices().get(0).id();
        NodePicture d = last(r).node(device);
        assertTrue(d.freed() && d.fault(), d.toString());
        assertEquals("kref 0", d.count().text());
    }

    @ParameterizedTest
    @EnumSource(Granularity.class)
    void seed004ShowsTheHookTakingAndPuttingThePath(Granularity g) {
        CheckResult r = check("seed004-hook-path-leak", g);
        String hook = r.naming().scenario().hooks().get(0).id();
        List<NodePicture> hooks = r.trace().orElseThrow().steps().stream().map(s -> picture(r, s).node(hook)).toList();
        assertFalse(hooks.get(0).active() || !hooks.get(0).marks().isEmpty(), "nothing before the close");
        // The hook's calls name the file whose path they take and put: path_get(/dev/hooked).
        String file = r.naming().name(r.trace().orElseThrow().steps().stream().flatMap(s -> s.calls().stream())
                .filter(c -> c.function().equals("path_put")).findFirst().orElseThrow().object().id());
        for (String fn : List.of("path_get", "path_put")) {
            Mark called = new Mark(fn + "(" + file + ")", Mark.Tone.CHANGED);
            assertTrue(hooks.stream().anyMatch(h -> h.active() && h.marks().contains(called)), hooks.toString());
        }
        if (g == Granularity.LITERAL) {
            assertTrue(hooks.stream().anyMatch(h -> h.marks().contains(Mark.plain("in the hooked close"))),
                    "between path_get and path_put the original close runs inside the hook");
        }
    }

    @ParameterizedTest
    @EnumSource(Granularity.class)
    void everyStepAfterTheFirstNamesTheTaskThatMoved(Granularity g) {
        // The fixed twins pass: they have no trace.
        for (String name : Examples.names().stream().filter(n -> !Examples.isFixedTwin(n)).toList()) {
            assertEveryStepNamesItsTask(name, check(name, g));
        }
        Scenario extraFput = new ScenarioBuilder("ioctl extra").process("P1", 10, false,
                ScenarioBuilder.ioctl(3, FputBalance.EXTRA), ScenarioBuilder.close(3))
                .driverFile("F1", "P1", d -> d).fd("P1", 3, "F1").build();
        CheckResult r = TlcFixture.check(extraFput, g);
        assertTrue(r.trace().isPresent(), r.message());
        assertEveryStepNamesItsTask("ioctl with an extra fput", r);
    }

    private static void assertEveryStepNamesItsTask(String name, CheckResult r) {
        if (r.trace().isEmpty()) {
            return;
        }
        List<TraceStep> steps = r.trace().get().steps();
        for (TraceStep s : steps.subList(1, steps.size())) {
            assertFalse(s.isInitial() || s.calls().isEmpty(), name + " step " + s.number() + ": " + s.summary());
            assertTrue(picture(r, s).nodes().values().stream().anyMatch(NodePicture::active)
                    || s.task().equals(Naming.KWORKER) || s.task().equals(Naming.HOTPLUG),
                    name + " step " + s.number() + ": no node moved");
        }
    }
}

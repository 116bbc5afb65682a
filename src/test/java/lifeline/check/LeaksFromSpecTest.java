package lifeline.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import lifeline.io.Examples;
import lifeline.model.FputBalance;
import lifeline.model.Property;
import lifeline.model.Scenario;
import lifeline.spec.Granularity;
import lifeline.trace.KernelTrace;
import lifeline.trace.ObjRef;
import lifeline.trace.RefKind;
import lifeline.trace.TraceStep;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The leaks a NoLeak violation reports are the set the spec's LeaksIn computed inside TLC and logged at the
 * quiescent step (issue 11): no Java code decides what leaked, nor what still holds it (the spec's HeldBy,
 * logged with the leaks). Each is the exact set the kernel story gives.
 */
class LeaksFromSpecTest {

    private static CheckResult checkNoLeak(Scenario s, Granularity g) {
        CheckResult r = TlcFixture.check(s, EnumSet.of(Property.NO_LEAK), g);
        assertEquals(Optional.of(Property.NO_LEAK), r.violated(), r.message());
        return r;
    }

    private static Set<ObjRef> expected(CheckResult r, String... kindAndNode) {
        Set<ObjRef> objects = new HashSet<>();
        for (int i = 0; i < kindAndNode.length; i += 2) {
            objects.add(new ObjRef(RefKind.ofTla(kindAndNode[i]), r.naming().ids().tla(kindAndNode[i + 1])));
        }
        return objects;
    }

    private static void assertReported(CheckResult r, Set<ObjRef> leaks) {
        KernelTrace t = r.trace().orElseThrow();
        assertEquals(leaks, Set.copyOf(t.leaks()), r.report());
        assertEquals(leaks.size(), t.leaks().size(), "each leak once: " + t.leaks());
        List<TraceStep> before = t.steps().subList(0, t.size() - 1);
        assertTrue(before.stream().allMatch(s -> s.state().leaks().isEmpty()
                || s.state().stacks().values().stream().allMatch(List::isEmpty)),
                "the spec logs a leak set only when no task is inside a kernel function");
        assertTrue(r.report().startsWith("kmemleak: " + leaks.size() + " new suspected memory leak"), r.report());
        for (ObjRef leak : leaks) {
            assertTrue(r.report().contains("unreferenced object: " + r.naming().object(leak)), r.report());
        }
    }

    /**
     * What holds each leak is what the spec's HeldBy logged with it, in node ids: "leak-kind node field
     * owner-kind node".
     */
    private static void assertHeld(CheckResult r, String... expected) {
        KernelTrace t = r.trace().orElseThrow();
        Set<String> held = t.last().state().holders().stream().map(h -> h.leak().kind() + " "
                + r.naming().nodeId(h.leak().id()) + " " + h.field() + " " + h.owner().kind() + " "
                + r.naming().nodeId(h.owner().id())).collect(Collectors.toSet());
        assertEquals(Set.of(expected), held);
    }

    @ParameterizedTest
    @EnumSource(Granularity.class)
    void seed000LeaksTheReservedBlockOfPmem(Granularity g) {
        CheckResult r = checkNoLeak(Examples.load("seed000-binder-leak").orElseThrow(), g);
        assertReported(r, expected(r, "reserved_block", "F1"));
        String opener = r.naming().scenario().file("F1").orElseThrow().opener();
        assertHeld(r, "reserved_block F1 tgid task " + opener);
    }

    @ParameterizedTest
    @EnumSource(Granularity.class)
    void seed004LeaksTheDentryAndTheVfsmount(Granularity g) {
        CheckResult r = checkNoLeak(Examples.load("seed004-hook-path-leak").orElseThrow(), g);
        String file = r.naming().scenario().files().get(0).id();
        assertReported(r, expected(r, "dentry", file, "vfsmount", file));
        String hook = r.naming().scenario().hooks().get(0).process();
        assertHeld(r, "dentry " + file + " path_get hook " + hook, "vfsmount " + file + " path_get hook " + hook);
    }

    @ParameterizedTest
    @EnumSource(Granularity.class)
    void ioctlThatForgetsFputLeaksTheFileItself(Granularity g) {
        CheckResult r = checkNoLeak(FurtherScenariosTest.ioctl(FputBalance.LEAK), g);
        assertReported(r, expected(r, "file", "F1"));
        assertHeld(r, "file F1 f_count file F1");
        assertEquals(Set.of(RefKind.FILE), r.trace().orElseThrow().leaks().stream().map(ObjRef::kind)
                .collect(Collectors.toSet()));
    }
}

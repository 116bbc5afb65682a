package lifeline.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import java.util.Set;
import lifeline.io.Examples;
import lifeline.trace.KernelTrace;
import lifeline.trace.TraceStep;
import lifeline.trace.report.CauseAndEffect;
import lifeline.trace.report.RelevantSteps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Freed here, used here, lost here on the real traces of the bug examples, and the steps that tell it. */
class CauseAndEffectTest {
    private static OptionalInt at(int n) {
        return n == 0 ? OptionalInt.empty() : OptionalInt.of(n);
    }

    @ParameterizedTest(name = "{0}: freed {2}, used {3}, lost {4}")
    @CsvSource({
            "seed000-binder-leak,       reserved_block:f2, 0, 0, 17, release",
            "seed001-epoll-flush-uaf,   wait_queue:f1,     5, 7, 0,  remove_wait_queue",
            "seed002-flush-double-free, private_data:f1,   3, 6, 0,  kfree",
            "seed003-kref-missing-get,  device:d1,         2, 7, 0,  kref_put",
            "seed004-hook-path-leak,    dentry:f1,         0, 0, 9,  path_put"})
    void theStoryStepsOfEachBugExample(String name, String object, int freed, int used, int lost, String fn) {
        CheckResult r = TlcFixture.check(Examples.load(name).orElseThrow());
        KernelTrace t = r.trace().orElseThrow();
        CauseAndEffect c = r.story();
        assertEquals(CauseAndEffect.of(r.violated().orElseThrow(), t, r.naming()), c,
                "the result's story is its trace's");
        assertSame(c, r.violations().get(0).story(), "worked out once: the one violation carries the result's story");
        assertEquals(object, c.object().kind() + ":" + c.object().id());
        assertEquals(at(freed), c.freedAt());
        assertEquals(at(used), c.usedAt());
        assertEquals(at(lost), c.lostAt());
        int story = used > 0 ? used : lost;
        TraceStep s = t.kernelStep(story);
        assertTrue(s.functions().contains(fn) || s.backtrace().contains(fn), s.summary());
        if (used > 0) {
            assertFalse(s.newFaults().isEmpty(), "the fault is first seen at the used step");
            assertTrue(t.kernelStep(freed).functions().contains("kfree"), t.kernelStep(freed).summary());
        } else {
            assertFalse(c.holder().isEmpty());
        }
        assertTrue(r.report().endsWith(c.text(r.naming())), r.report());
        Set<Integer> relevant = RelevantSteps.of(t, c);
        assertTrue(relevant.contains(1) && relevant.contains(t.kernelSteps().size()) && relevant.contains(story));
    }

    @Test
    void seed000sRelevantStepsArePmemsAndTheDeferredWork() {
        CheckResult r = TlcFixture.check(Examples.load("seed000-binder-leak").orElseThrow());
        KernelTrace t = r.trace().orElseThrow();
        Set<Integer> relevant = RelevantSteps.of(t, CauseAndEffect.of(r.violated().orElseThrow(), t, r.naming()));
        assertEquals(Set.of(1, 2, 4, 5, 6, 8, 11, 13, 14, 15, 16, 17, 18, 19, 20), relevant);
        assertEquals("close_files", t.kernelSteps().get(12).mainCall().function(),
                "step 13 closes fd 4, pmem's file: the close that starts the chain losing the block");
    }

    /** Each bug example's relevant steps: the close that starts the story's chain is among them. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // exit_mm (step 2) has nothing to do with the wait queue
            "seed001-epoll-flush-uaf,   '1, 3, 4, 5, 6, 7, 8, 9'",
            "seed002-flush-double-free, '1, 2, 3, 4, 5, 6, 7, 8, 9, 10'",
            // the device is used in the release of /dev/usbdev0, whose close (sys_close, step 3) starts it
            "seed003-kref-missing-get,  '1, 2, 3, 4, 5, 6, 7, 8'",
            "seed004-hook-path-leak,    '1, 2, 3, 4, 5, 6, 7, 8, 9'"})
    void theRelevantStepsOfEachBugExample(String name, String expected) {
        CheckResult r = TlcFixture.check(Examples.load(name).orElseThrow());
        KernelTrace t = r.trace().orElseThrow();
        Set<Integer> relevant = RelevantSteps.of(t, CauseAndEffect.of(r.violated().orElseThrow(), t, r.naming()));
        assertEquals(expected, relevant.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", ")));
    }
}

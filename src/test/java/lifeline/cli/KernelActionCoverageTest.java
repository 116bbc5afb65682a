package lifeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lifeline.tlc.SmallRuns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The spec has one action per kernel function (and per way a task starts), so TLC's {@code -coverage}
 * tells which kernel paths a check reached: on an exported example, plain TLC lists every action and
 * counts steps in exactly the functions the example runs through.
 */
class KernelActionCoverageTest {
    /** Every action of Lifeline.tla's Next: the entries, the kernel functions, and the two extras. */
    static final Set<String> ACTIONS = Set.of("entry_SYSCALL_64", "process_one_work", "device_del",
            "sys_close", "hooked_close", "filp_close", "fput", "__fput", "wake_up", "sys_ioctl", "do_exit",
            "close_files", "binder_deferred_func", "device_disconnect", "unknown_frame", "EagerStep", "Done");
    /** The heap for TLC's -coverage on Lifeline.tla: with 1,200 MB it thrashes for minutes, with 512 MB it runs out. */
    static final int COVERAGE_HEAP_MB = 2048;
    private static final Pattern COVERAGE_LINE = Pattern.compile("^<(\\w+) line \\d+, col \\d+ to line \\d+, col \\d+"
            + " of module Lifeline>: (\\d+):(\\d+)$", Pattern.MULTILINE);

    /**
     * A step is named by the function its task was in when it started (an idle task's step by its
     * entry, which runs the syscall's or the work's first function too); Done is the stuttering at
     * the end. The binder example's exit closes the files in the kworker (seed 000).
     */
    @Test
    void coverageNamesTheKernelFunctionsAnExampleReaches(@TempDir Path dir) throws Exception {
        String example = "seed000-binder-leak-fixed";
        Set<String> reached = Set.of("entry_SYSCALL_64", "do_exit", "close_files", "filp_close", "fput", "__fput",
                "process_one_work", "binder_deferred_func", "Done");
        exportLiteral(example, dir);
        // Its own heap: TLC's coverage model of Lifeline.tla needs more than 1.2 GB (README.md, How it works),
        // more than the default heap of a machine with under 6 GB of memory.
        String tlc = SmallRuns.plainTlcOutput(List.of("-Xmx" + COVERAGE_HEAP_MB + "m"), dir, "MC.cfg", "-coverage", "1",
                "-workers", "1");
        assertTrue(tlc.contains("Model checking completed. No error has been found."), tlc);

        Map<String, Long> steps = new TreeMap<>();
        Matcher m = COVERAGE_LINE.matcher(tlc);
        while (m.find()) {
            if (!m.group(1).equals("Init")) {
                steps.merge(m.group(1), Long.parseLong(m.group(3)), Long::sum);
            }
        }
        assertEquals(new TreeSet<>(ACTIONS), steps.keySet(), tlc);
        Set<String> taken = new TreeSet<>();
        steps.forEach((action, n) -> {
            if (n > 0) {
                taken.add(action);
            }
        });
        assertEquals(new TreeSet<>(reached), taken, tlc);
    }

    /** A frame of a function the dispatch does not know stops TLC with its name, not a silent deadlock. */
    @Test
    void anUnknownFrameStopsTlcWithItsName(@TempDir Path dir) throws Exception {
        exportLiteral("seed002-flush-double-free", dir);
        Path spec = dir.resolve("Lifeline.tla");
        String closeFrame = "Fr(\"sys_close\", \"\", NoFile, op.fd)";
        String text = Files.readString(spec);
        assertTrue(text.contains(closeFrame), "the spec pushes " + closeFrame);
        Files.writeString(spec, text.replace(closeFrame, closeFrame.replace("sys_close", "sys_clos")));
        String tlc = PlainTlcExportTest.plainTlc(dir, "-workers", "1");
        assertTrue(tlc.contains("<<\"unknown frame\", \"sys_clos\", \"of task\", \"p1\">>"), tlc);
        assertFalse(tlc.contains("No error has been found"), tlc);
    }

    private static void exportLiteral(String example, Path dir) {
        StringWriter err = new StringWriter();
        assertEquals(0, Cli.run(new String[] {"export", "--literal", example, "--out", dir.toString()},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true)), err.toString());
    }
}

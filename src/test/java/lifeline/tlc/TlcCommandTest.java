package lifeline.tlc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TlcCommandTest {

    private static final Path JAVA = Path.of("/jdk/bin/java");
    private static final Path JAR = Path.of("/lib/tla2tools.jar");
    private static final Path SPEC = Path.of("/models/Refs.tla");
    private static final Path RUN_DIR = Path.of("/tmp/lifeline-tlc-1");

    @Test
    void runsTlcInToolModeWithEverythingItWritesInTheRunDirectory() {
        TlcCommand command = TlcCommand.of(JAVA, JAR, SPEC, Path.of("/models/Refs.cfg"), RUN_DIR, TlcOptions.defaults());

        List<String> expected = new ArrayList<>(List.of("/jdk/bin/java", "-XX:+UseParallelGC", "-Xmx1024m"));
        expected.addAll(HugePages.jvmOptions()); // where the kernel gives them on request (HugePagesTest)
        expected.addAll(List.of("-Djava.io.tmpdir=/tmp/lifeline-tlc-1", "-Dlifeline.runDir=/tmp/lifeline-tlc-1",
                "-Dlifeline.parentPid=" + ProcessHandle.current().pid(), "-XX:ErrorFile=/tmp/lifeline-tlc-1/hs_err_pid%p.log",
                "-Dfile.encoding=UTF-8", "-Duser.language=en", "-Duser.country=US"));
        // The suite's own options for TLC's JVM (pom.xml), if any, come last before the class path.
        expected.addAll(TlcCommand.javaOptions(System.getProperty(TlcCommand.JAVA_OPTIONS_PROPERTY, "")));
        expected.addAll(List.of("-cp", "/lib/tla2tools.jar:/tmp/lifeline-tlc-1/launcher", "lifeline.tlc.child.TlcMain",
                "-tool", "-workers", Integer.toString(TlcOptions.DEFAULT_WORKERS),
                "-metadir", "/tmp/lifeline-tlc-1/states", "-config", "Refs.cfg", "Refs.tla"));
        assertEquals(expected, command.arguments());
        assertEquals(Path.of("/models"), command.workingDirectory());
    }

    @Test
    void optionsShapeTheCommand() {
        TlcOptions options = TlcOptions.defaults().withWorkers(2).withHeapMb(512).withCheckDeadlock(false)
                .withTimeout(Duration.ofSeconds(5)).withExtraArgs(List.of("-continue"));

        List<String> args = TlcCommand.of(JAVA, JAR, SPEC, Path.of("/elsewhere/Refs.cfg"), RUN_DIR, options).arguments();

        assertTrue(args.contains("-Xmx512m"));
        assertTrue(args.stream().noneMatch(a -> a.startsWith("-XX:TieredStopAtLevel")), "full JIT by default");
        List<String> quick = TlcCommand.of(JAVA, JAR, SPEC, Path.of("/elsewhere/Refs.cfg"), RUN_DIR,
                options.withJit(TlcOptions.Jit.QUICK)).arguments();
        assertTrue(quick.indexOf("-XX:TieredStopAtLevel=1") < quick.indexOf(ChildLauncher.MAIN_CLASS), "a JVM flag");
        assertEquals("2", args.get(args.indexOf("-workers") + 1));
        assertTrue(args.contains("-deadlock"));
        assertTrue(args.indexOf("-continue") < args.indexOf("-config"));
        assertEquals("/elsewhere/Refs.cfg", args.get(args.indexOf("-config") + 1));
    }

    /** Options given for TLC's JVM (a system property) go with the JVM's own, before the class path. */
    @Test
    void javaOptionsOfThePropertyAreJvmOptions() {
        String before = System.getProperty(TlcCommand.JAVA_OPTIONS_PROPERTY);
        System.setProperty(TlcCommand.JAVA_OPTIONS_PROPERTY, " -Xss2m   -Dlifeline.probe=1 ");
        try {
            List<String> args = TlcCommand.of(JAVA, JAR, SPEC, Path.of("/models/Refs.cfg"), RUN_DIR,
                    TlcOptions.defaults()).arguments();
            int xss = args.indexOf("-Xss2m");
            assertEquals(xss + 1, args.indexOf("-Dlifeline.probe=1"), args.toString());
            assertTrue(args.indexOf("-Duser.country=US") < xss && xss < args.indexOf("-cp"), args.toString());
        } finally {
            if (before == null) {
                System.clearProperty(TlcCommand.JAVA_OPTIONS_PROPERTY);
            } else {
                System.setProperty(TlcCommand.JAVA_OPTIONS_PROPERTY, before);
            }
        }
        assertEquals(List.of(), TlcCommand.javaOptions("  "));
    }

    /** The explorer's child compiles as a check of the same model would: C1 only for a small one. */
    @Test
    void theExplorersChildTakesTheJitItIsGiven() {
        List<String> quick = TlcCommand.childJvm(JAVA, JAR, RUN_DIR, RUN_DIR, 512, TlcOptions.Jit.QUICK,
                ChildLauncher.EXPLORE_CLASS);
        assertTrue(quick.indexOf("-XX:TieredStopAtLevel=1") > 0, quick.toString());
        assertEquals(ChildLauncher.EXPLORE_CLASS, quick.get(quick.size() - 1));
        List<String> full = TlcCommand.childJvm(JAVA, JAR, RUN_DIR, RUN_DIR, 512, TlcOptions.Jit.FULL,
                ChildLauncher.EXPLORE_CLASS);
        assertTrue(full.stream().noneMatch(a -> a.startsWith("-XX:TieredStopAtLevel")), full.toString());
    }

    @Test
    void simulationRunsABoundedNumberOfRandomBehavioursFromASeed() {
        List<String> args = TlcCommand.of(JAVA, JAR, SPEC, Path.of("/models/Refs.cfg"), RUN_DIR,
                TlcOptions.defaults().withSimulation(new TlcSimulation(30, 500, 42))).arguments();

        int at = args.indexOf("-simulate");
        assertEquals(List.of("-simulate", "num=500", "-depth", "30", "-seed", "42"), args.subList(at, at + 6));
        assertTrue(at < args.indexOf("-config"));
    }

    @Test
    void deadlockIsCheckedByDefault() {
        List<String> args = TlcCommand.of(JAVA, JAR, SPEC, Path.of("/models/Refs.cfg"), RUN_DIR, TlcOptions.defaults())
                .arguments();

        assertFalse(args.contains("-deadlock"));
    }

    @Test
    void theJavaOfThisJvmIsUsed() {
        assertTrue(TlcCommand.currentJava().startsWith(Path.of(System.getProperty("java.home"))));
    }
}

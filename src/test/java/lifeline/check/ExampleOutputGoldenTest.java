package lifeline.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import lifeline.io.Examples;
import lifeline.model.Scenario;
import lifeline.spec.CheckOptions;
import lifeline.spec.Granularity;
import lifeline.tlc.TlcOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What {@code lifeline check EXAMPLE} prints, as text and as {@code --format json}, is byte for byte the
 * golden output of every built-in example (src/test/resources/lifeline/check/golden, first written by the CLI
 * with {@code --workers 1}), but for the times a run took. It holds reports, stories, JSON keys and step
 * summaries still while their code is reworked. Where a change of output is meant, write the goldens again
 * with {@code -Dgolden.update=$PWD/src/test/resources/lifeline/check/golden} (the run then only writes them)
 * and read their diff.
 */
class ExampleOutputGoldenTest {
    private static final String DIR = "/lifeline/check/golden/";

    @ParameterizedTest(name = "{0}")
    @MethodSource("lifeline.io.Examples#names")
    void textAndJsonAreTheGoldenOutput(String name) throws IOException {
        Scenario s = Examples.load(name).orElseThrow();
        CheckResult r = TlcFixture.check(s);
        CheckRequest req = cliRequest(s);
        compare(name + ".txt", CheckText.render(name, req, r));
        compare(name + ".json", CheckJson.render(name, req, r) + "\n");
    }

    /** The request the CLI makes of a small example: its own properties, the fused model, one worker. */
    static CheckRequest cliRequest(Scenario s) {
        return new CheckRequest(s, new CheckOptions(s.properties(), Granularity.FUSED),
                TlcOptions.defaults().withWorkers(1));
    }

    /** Whether result is what the CLI printed as JSON for the example name when the goldens were written. */
    static void assertGoldenJson(String name, CheckResult result) throws IOException {
        String json = CheckJson.render(name, cliRequest(Examples.load(name).orElseThrow()), result) + "\n";
        assertEquals(golden(name + ".json"), withoutTimes(json), name);
    }

    private static void compare(String file, String output) throws IOException {
        String actual = withoutTimes(output);
        String update = System.getProperty("golden.update");
        if (update != null) {
            Files.writeString(Path.of(update, file), actual, StandardCharsets.UTF_8);
            return;
        }
        assertEquals(golden(file), actual, file);
    }

    /** The output with how long the run took (which no two runs share) put as 0 ms and "T s". */
    static String withoutTimes(String output) {
        return output.replaceAll("\"(wallMillis|tlcMillis)\" : \\d+", "\"$1\" : 0")
                .replaceAll(", \\d+(\\.\\d+)? s\\b", ", T s");
    }

    private static String golden(String file) throws IOException {
        try (InputStream in = ExampleOutputGoldenTest.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new AssertionError("no golden file " + DIR + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

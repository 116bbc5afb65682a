package lifeline.cli;

import static lifeline.model.ScenarioBuilder.close;
import static lifeline.model.ScenarioBuilder.ioctl;
import static lifeline.model.ScenarioBuilder.privateData;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import lifeline.io.ScenarioJson;
import lifeline.model.FputBalance;
import lifeline.model.FreeSite;
import lifeline.model.Operation;
import lifeline.model.Scenario;
import lifeline.model.ScenarioBuilder;
import lifeline.tlc.SmallRuns;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An exported program-order scenario runs under plain tla2tools, outside Lifeline, with the same verdict. */
class PlainTlcExportTest {
    /** fd 4 is a dup of fd 3; the driver frees private_data in flush. */
    static Scenario reproducer(Operation... program) {
        return new ScenarioBuilder("reproducer").program("P1", 100, false, program)
                .driverFile("F1", "P1", d -> privateData(d, FreeSite.FLUSH))
                .fd("P1", 3, "F1").fd("P1", 4, "F1").build();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "ioctl(4) then close(3) | false | Model checking completed. No error has been found.",
        "close(3) then ioctl(4) | true  | Error: Invariant NoUseAfterFree is violated."})
    void plainTlcChecksTheExport(String title, boolean closeFirst, String expected, @TempDir Path dir)
            throws Exception {
        Operation io = ioctl(4, FputBalance.BALANCED);
        Scenario s = closeFirst ? reproducer(close(3), io) : reproducer(io, close(3));
        Path file = dir.resolve("reproducer.lifeline.json");
        Files.writeString(file, ScenarioJson.toJson(s));
        Path out = dir.resolve("model");
        StringWriter err = new StringWriter();
        assertEquals(0, Cli.run(new String[] {"export", file.toString(), "--out", out.toString()},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true)), err.toString());
        String tlc = plainTlc(out);
        assertTrue(tlc.contains(expected), tlc);
    }

    /** TLC's output on MC.tla and MC.cfg in dir, run by plain tla2tools with the given extra options. */
    static String plainTlc(Path dir, String... options) throws Exception {
        return SmallRuns.plainTlcOutput(dir, "MC.cfg", options);
    }
}

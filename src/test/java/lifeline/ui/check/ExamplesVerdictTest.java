package lifeline.ui.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import lifeline.check.CheckResult;
import lifeline.cli.Cli;
import lifeline.io.Examples;
import lifeline.model.Property;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The GUI's verdict and violated property are the CLI's, for a violation and for a pass. (ExamplesTest
 * checks every example's verdict; CheckSessionTest compares the session with a direct check.)
 */
@Tag("ui")
class ExamplesVerdictTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"seed004-hook-path-leak", "seed003-kref-missing-get-fixed"})
    void theGuiSaysWhatTheCliSays(String example) throws Exception {
        CheckSession session = new CheckSession(CheckKit.document(example), CheckKit.checkers(dir),
                new SynchronousUiExecutor(), new CheckPreferencesStore(dir.resolve("prefs")));
        session.check();
        CheckResult gui = session.completedProperty().get().result();
        StringWriter out = new StringWriter();
        int exit = Cli.run(new String[] {"check", example, "--format", "json"}, new PrintWriter(out),
                new PrintWriter(new StringWriter()));
        JsonNode cli = new ObjectMapper().readTree(out.toString());
        assertEquals(cli.get("verdict").asText(), gui.verdict().name().toLowerCase(), session.resultTextProperty().get());
        assertEquals(cli.get("violated").isNull() ? null : cli.get("violated").asText(),
                gui.violated().map(Property::tlaName).orElse(null));
        assertEquals(Examples.isFixedTwin(example) ? Cli.OK : Cli.VIOLATION, exit);
        assertEquals(Examples.isFixedTwin(example) ? CheckStatus.PASS : CheckStatus.VIOLATION,
                session.statusProperty().get());
    }
}

package lifeline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Typed text is printed with its control characters escaped, and very long text shortened. */
class PrintableTest {
    static Stream<Arguments> typed() {
        return Stream.of(arguments("app", "app"), arguments("/locust/a", "/locust/a"),
                arguments("\u001b[2J", "\\e[2J"), arguments("a\rPASS: x", "a\\rPASS: x"),
                arguments("a\nb\tc", "a\\nb\\tc"), arguments("del\u007f", "del\\x7f"),
                arguments("csi\u009b31m", "csi\\x9b31m"), arguments("nul\u0000", "nul\\x00"),
                arguments("evil\u202etxt.exe", "evil\\u202etxt.exe"), arguments("iso\u2067late", "iso\\u2067late"),
                arguments("line\u2028sep", "line\\u2028sep"), arguments("é ü 日本 😀", "é ü 日本 😀"));
    }

    @ParameterizedTest
    @MethodSource("typed")
    void unsafeCharactersAreEscapedAndTheRestKept(String typed, String printed) {
        assertEquals(printed, Printable.of(typed));
        assertTrue(Printable.isSafe(Printable.of(typed)));
    }

    @Test
    void aLoneSurrogateIsEscaped() {
        assertEquals("a\\ud800b", Printable.of("a\ud800b"));
    }

    @Test
    void escapingTwiceChangesNothing() {
        String once = Printable.line("\u001b]0;title\u0007 \r\n \u202e");
        assertEquals(once, Printable.line(once));
    }

    @Test
    void longTextIsShortenedToItsStartAndLength() {
        String s = Printable.of("x".repeat(15_000_000));
        assertEquals("x".repeat(Printable.SHOWN) + "... (15,000,000 characters)", s);
    }

    @Test
    void validatorProblemsEscapeNamesAndRefuseLongOnes() {
        Scenario base = TestScenarios.valid();
        ProcessNode p = base.processes().get(0);
        ProcessNode hostile = new ProcessNode(p.id(), "\u001b[2J\nPASS: " + "y".repeat(500), p.tgid(), p.exits(),
                p.operations(), p.position());
        List<ProcessNode> ps = new ArrayList<>(base.processes());
        ps.set(0, hostile);
        List<Problem> problems = ScenarioValidator.validate(base.withProcesses(ps));
        assertEquals(1, problems.size(), problems.toString());
        String shown = problems.get(0).toString();
        assertTrue(Printable.isSafe(shown), shown);
        assertTrue(shown.startsWith("process \"\\e[2J\\nPASS: yyy"), shown);
        assertTrue(shown.endsWith("name is 511 characters long; a name has at most 100 characters"), shown);
        assertFalse(shown.contains("y".repeat(100)), shown);
    }
}

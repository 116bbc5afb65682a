package lifeline.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import lifeline.model.Problem;
import lifeline.model.Scenario;
import lifeline.model.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the inspector's fields accept, and which object a problem is about; no window needed. */
class InputsTest {
    private final Scenario s = TestScenarios.valid();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "100|",
        "4242|",
        "' 7 '|",
        "4194304|",
        "''|a number is needed",
        "abc|\"abc\" is not a number",
        "1e3|not a number",
        "-5|no negative numbers",
        "0|out of range",
        "4194305|out of range",
        "99999999999|not a number",
        "101|in use by process \"child\" (P2)",
        "2|the binder kworker's",
    })
    void processTgids(String text, String error) {
        String got = Inputs.processTgid(s, "P1", text);
        if (error == null) {
            assertNull(got, text);
        } else {
            assertTrue(got != null && got.contains(error), text + ": " + got);
        }
    }

    @Test
    void theKworkerMayKeepItsTgidButNotTakeAProcesss() {
        assertNull(Inputs.kworkerTgid(s, "2"));
        assertTrue(Inputs.kworkerTgid(s, "101").contains("child"));
    }

    @Test
    void fdsRunFrom0To1023() {
        assertNull(Inputs.fd("0"));
        assertNull(Inputs.fd("1023"));
        assertTrue(Inputs.fd("1024").startsWith("EBADF"));
        assertTrue(Inputs.fd("x").contains("not a number"));
    }

    @Test
    void namesAreNeededAndUnique() {
        assertNull(Inputs.name(s, "P1", "app"));
        assertNull(Inputs.name(s, "P1", "zygote"));
        assertTrue(Inputs.name(s, "P1", " ").contains("a name is needed"));
        assertTrue(Inputs.name(s, "P1", "locust").contains("file \"locust\" (F1)"));
    }

    @Test
    void aProblemIsAboutTheFirstObjectItNames() {
        assertEquals(Optional.of("P1"), ProblemTargets.target(s, new Problem("fd 3 of process \"app\" (P1)", "x")));
        assertEquals(Optional.of("E1"), ProblemTargets.target(s,
                new Problem("watch \"ep\" (E1) -> \"locust\" (F1)", "x")));
        assertEquals(Optional.empty(), ProblemTargets.target(s, new Problem("scenario", "x")));
    }
}

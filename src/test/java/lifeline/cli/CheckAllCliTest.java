package lifeline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code check --all}: TLC goes on after a violation (and exits 0 all the same), and every
 * distinct violation is listed with its shortest trace.
 */
class CheckAllCliTest {

    /** Seed 001's epoll bug and seed 003's device bug side by side, sharing nothing. */
    private static String twoBugs() throws URISyntaxException {
        return Path.of(CheckAllCliTest.class.getResource("/lifeline/check/two-bugs.lifeline.json").toURI()).toString();
    }

    @Test
    void aScenarioWithTwoIndependentBugsListsBoth() throws Exception {
        CliTest.Run r = CliTest.cli("check", "--all", "-q", "--format", "json", "--workers", "1", twoBugs());
        assertEquals(Cli.VIOLATION, r.exit(), r.err());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals("violation", root.get("verdict").asText());
        List<String> objects = new ArrayList<>();
        for (JsonNode v : root.get("violations")) {
            assertEquals("NoUseAfterFree", v.get("property").asText());
            assertTrue(v.get("states").asInt() >= 1);
            assertTrue(v.get("report").asText().contains("BUG: KASAN: use-after-free"), v.get("report").asText());
            assertTrue(v.get("trace").size() >= 2);
            objects.add(v.get("object").asText() + " @ " + v.get("site").asText());
        }
        assertTrue(objects.stream().anyMatch(o -> o.startsWith("wait queue of /locust/a @ ") && o.endsWith("flush > kfree")),
                objects.toString());
        assertTrue(objects.stream().anyMatch(o -> o.startsWith("device object usb device @ device_disconnect")),
                objects.toString());
        assertEquals(objects.size(), objects.stream().distinct().count(), "distinct by object and site");
    }

    @Test
    void theTextCountsThemAndTheSingleBugExampleHasOne() {
        CliTest.Run r = CliTest.cli("check", "--all", "-q", "--workers", "1", "seed001-epoll-flush-uaf");
        assertEquals(Cli.VIOLATION, r.exit(), r.err());
        assertTrue(r.out().contains("Every violation: 1 distinct ("), r.out());
        assertTrue(r.out().contains("1. NoUseAfterFree on wait queue of /locust/a, freed in "), r.out());
    }

    @Test
    void aFixedExampleStillPasses() {
        CliTest.Run r = CliTest.cli("check", "--all", "-q", "seed001-epoll-flush-uaf-fixed");
        assertEquals(Cli.OK, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("Every violation: 0 distinct"), r.out());
    }
}

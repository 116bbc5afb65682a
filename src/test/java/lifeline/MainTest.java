package lifeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The `lifeline` command: the app without arguments or with one scenario file, else the CLI. */
class MainTest {
    @Test
    void theAppOpensWithoutArgumentsOrOnAScenarioFile() {
        assertTrue(Main.opensApp(new String[0]));
        assertTrue(Main.opensApp(new String[] {"/home/me/my scenario.lifeline.json"}));
    }

    @Test
    void everyOtherCommandLineGoesToTheCli() {
        assertFalse(Main.opensApp(new String[] {"examples"}));
        assertFalse(Main.opensApp(new String[] {"--help"}));
        assertFalse(Main.opensApp(new String[] {"check", "seed001-epoll-flush-uaf"}));
        assertFalse(Main.opensApp(new String[] {"check", "a.lifeline.json"}));
        assertFalse(Main.opensApp(new String[] {"scenario.json"}));
    }
}

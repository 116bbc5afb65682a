package lifeline.cli;

import static lifeline.cli.CliTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** How `check` reports what happened to its TLC run: a JVM that did not start, progress, stopped runs. */
class CheckRunCliTest {

    @Test
    void aHeapTheMachineCannotGiveExitsTwoWithTheJvmsOwnReason() {
        CliTest.Run r = cli("check", "seed001-epoll-flush-uaf", "--heap", "99999999");

        assertEquals(2, r.exit(), r.out());
        assertTrue(r.err().contains("TLC's Java VM did not start (exit code 1): Could not reserve enough space"),
                r.err());
        assertFalse(r.out().contains("VIOLATION") || r.out().contains("PASS"), r.out());
        assertFalse(r.err().contains("Exception"), r.err());
    }
}

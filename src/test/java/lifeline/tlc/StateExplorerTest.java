package lifeline.tlc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The explorer child on small specs: TLC's own initial states and successors, its failures in words. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class StateExplorerTest {
    @TempDir
    Path work;

    @Test
    void answersInitialStatesAndSuccessorsWithTheInvariantsTheyViolate() throws Exception {
        Path tla = Fixtures.copySpec("violation", work.resolve("spec"));
        try (StateExplorer explorer = start(tla)) {
            List<ExploredState> init = explorer.initialStates();
            assertEquals(1, init.size());
            assertTrue(init.get(0).text().contains("/\\ n = 0"), init.get(0).text());
            assertEquals(List.of(), init.get(0).violated());

            ExploredState s = init.get(0);
            for (int refs = 1; refs <= 3; refs++) {
                List<ExploredState> next = explorer.successors(s.id());
                assertEquals(1, next.size(), next.toString());
                s = next.get(0);
                assertTrue(s.text().contains("refs |-> " + refs), s.text());
            }
            assertEquals(List.of("RefsBounded"), s.violated(), "refs = 3 breaks the bound");
        }
    }

    @Test
    void aStutteringStepIsNoSuccessor() throws Exception {
        Path dir = Files.createDirectory(work.resolve("spec"));
        Files.writeString(dir.resolve("Stay.tla"), "---- MODULE Stay ----\nEXTENDS Naturals\nVARIABLE x\n"
                + "Init == x \\in {1, 2}\nNext == \\/ x' = x\n        \\/ x < 2 /\\ x' = x + 1\n====\n");
        Files.writeString(dir.resolve("Stay.cfg"), "INIT Init\nNEXT Next\n");
        try (StateExplorer explorer = start(dir.resolve("Stay.tla"))) {
            List<ExploredState> init = explorer.initialStates();
            assertEquals(2, init.size());
            List<ExploredState> fromOne = explorer.successors(init.get(0).id());
            assertEquals(1, fromOne.size(), fromOne.toString());
            assertEquals("x = 2", fromOne.get(0).text().strip()); // TLC prints one variable bare
            assertEquals(List.of(), explorer.successors(fromOne.get(0).id()));
        }
    }

    @Test
    void anEvaluationErrorIsReportedInTlcsWords() throws Exception {
        Path tla = Fixtures.copySpec("eval_error", work.resolve("spec")); // its invariant applies Head to <<>>
        try (StateExplorer explorer = start(tla)) {
            IOException e = assertThrows(IOException.class, explorer::initialStates);
            assertTrue(e.getMessage().contains("Head to the empty sequence"), e.getMessage());
        }
    }

    @Test
    void anUnknownStateIsAnErrorAndTheChildGoesOn() throws Exception {
        Path tla = Fixtures.copySpec("violation", work.resolve("spec"));
        try (StateExplorer explorer = start(tla)) {
            IOException e = assertThrows(IOException.class, () -> explorer.successors(99));
            assertTrue(e.getMessage().contains("no state 99"), e.getMessage());
            assertEquals(1, explorer.initialStates().size());
        }
    }

    @Test
    void aSpecThatDoesNotParseIsReportedAndNothingIsLeft() throws Exception {
        Path tla = Fixtures.copySpec("parse_error", work.resolve("spec"));
        Path temp = Files.createDirectory(work.resolve("temp"));
        IOException e = assertThrows(IOException.class, () -> StateExplorer.start(Fixtures.tlaToolsJar(), tla,
                Fixtures.configOf(tla), TlcOptions.Jit.QUICK, temp));
        assertTrue(e.getMessage().startsWith("TLC could not load the model"), e.getMessage());
        assertEquals(List.of(), Fixtures.listing(temp));
    }

    @Test
    void closingEndsTheChildAndRemovesItsFolder() throws Exception {
        Path tla = Fixtures.copySpec("counting", work.resolve("spec"));
        StateExplorer explorer = start(tla);
        ProcessHandle child = ProcessHandle.of(explorer.pid()).orElseThrow();
        explorer.close();
        assertFalse(child.isAlive());
        assertFalse(Files.exists(explorer.runDirectory()));
        assertThrows(IOException.class, explorer::initialStates);
        assertEquals(List.of("spec"), Fixtures.listing(work), "the spec folder is left as it was");
        assertEquals(List.of("Counting.cfg", "Counting.tla"), Fixtures.listing(work.resolve("spec")));
    }

    private StateExplorer start(Path tla) throws Exception {
        return StateExplorer.start(Fixtures.tlaToolsJar(), tla, Fixtures.configOf(tla), TlcOptions.Jit.QUICK, work);
    }
}

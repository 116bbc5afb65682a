package lifeline.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import lifeline.model.CloseHook;
import lifeline.model.DriverFile;
import lifeline.model.FileNode;
import lifeline.model.RandomScenarios;
import lifeline.model.Scenario;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class UndoRedoProperties {
    @Provide
    Arbitrary<Scenario> starts() {
        return Arbitraries.oneOf(Arbitraries.just(Scenario.empty()), Arbitraries.just(Fixtures.everything()),
                RandomScenarios.validScenarios());
    }

    @Provide
    Arbitrary<List<EditScript>> scripts() {
        return EditScript.steps().list().ofMaxSize(25);
    }

    @Property(tries = 300, seed = "20261130")
    void undoAllGivesTheStartAndRedoAllTheEnd(@ForAll("starts") Scenario start,
                                              @ForAll("scripts") List<EditScript> script) {
        CommandStack stack = new CommandStack(start);
        Clipboard clipboard = new Clipboard();
        for (EditScript step : script) {
            Scenario before = stack.current();
            try {
                stack.execute(step.command(before, clipboard));
            } catch (EditRefusedException | IllegalArgumentException | IllegalStateException refused) {
                assertSame(before, stack.current(), "a refused edit changes nothing");
            }
            assertNoDanglingEdge(stack.current());
        }
        Scenario end = stack.current();
        while (stack.undo()) {
            assertTrue(stack.canRedo());
        }
        assertEquals(start, stack.current());
        assertFalse(stack.isDirty());
        while (stack.redo()) {
            assertTrue(stack.canUndo());
        }
        assertEquals(end, stack.current());
    }

    @Property(tries = 300, seed = "20261130")
    void aDragIsConnectedExactlyWhenNothingRefusesIt(@ForAll("starts") Scenario s,
                                                      @ForAll("scripts") List<EditScript> picks) {
        for (EditScript pick : picks) {
            if (s.nodes().isEmpty()) {
                return;
            }
            String from = s.nodes().get(pick.a() % s.nodes().size()).id();
            String to = s.nodes().get(pick.b() % s.nodes().size()).id();
            boolean refused = ConnectionRules.refusal(s, from, to).isPresent();
            assertEquals(!refused, ConnectionRules.edgeFor(s, from, to).isPresent() && !refused);
            if (!refused) {
                Scenario out = Connect.of(s, from, to).apply(s);
                assertEquals(List.of(), NewProblems.between(s, out));
            }
        }
    }

    /** Every edit that removes a node takes the references to it along. */
    private static void assertNoDanglingEdge(Scenario s) {
        for (Edge e : Edge.all(s)) {
            assertTrue(s.node(e.from()).isPresent() && s.node(e.to()).isPresent(), "dangling " + e);
        }
        for (FileNode f : s.files()) {
            assertTrue(f.opener() == null || s.node(f.opener()).isPresent(), "dangling opener of " + f.id());
            if (f instanceof DriverFile) {
                String d = ((DriverFile) f).driver().device();
                assertTrue(d == null || s.node(d).isPresent(), "dangling device of " + f.id());
            }
        }
        for (CloseHook h : s.hooks()) {
            assertTrue(h.process() == null || s.node(h.process()).isPresent(), "dangling hook " + h.id());
        }
    }
}

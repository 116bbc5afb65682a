package lifeline.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lifeline.model.Position;
import lifeline.model.Scenario;
import org.junit.jupiter.api.Test;

class CommandStackTest {
    private final Scenario start = Fixtures.everything();
    private final CommandStack stack = new CommandStack(start);

    private static MoveNodes drag(long gesture, double x) {
        return new MoveNodes(Map.of("P1", new Position(x, x)), gesture);
    }

    @Test
    void undoAndRedoRestoreEveryScenarioExactly() {
        List<Scenario> seen = new ArrayList<>(List.of(start));
        List<EditCommand> edits = List.of(new AddNode(NodeKind.EPOLL, Position.ORIGIN),
                Connect.of(start, "P2", "F2"), new Rename("F1", "/dev/foo"), new DeleteNodes(Set.of("P1")),
                new SetTgid("P2", 400));
        for (EditCommand c : edits) {
            assertTrue(stack.execute(c));
            seen.add(stack.current());
        }
        for (int i = seen.size() - 1; i > 0; i--) {
            assertEquals(edits.get(i - 1).description(), stack.undoDescription().orElseThrow());
            assertTrue(stack.undo());
            assertEquals(seen.get(i - 1), stack.current());
        }
        assertFalse(stack.canUndo());
        assertFalse(stack.undo());
        for (int i = 1; i < seen.size(); i++) {
            assertEquals(edits.get(i - 1).description(), stack.redoDescription().orElseThrow());
            assertTrue(stack.redo());
            assertEquals(seen.get(i), stack.current());
        }
        assertFalse(stack.canRedo());
        assertFalse(stack.redo());
    }

    @Test
    void aNewEditClearsRedo() {
        stack.execute(new Rename("P1", "a"));
        stack.execute(new Rename("P1", "b"));
        stack.undo();
        assertTrue(stack.canRedo());
        stack.execute(new Rename("P1", "c"));
        assertFalse(stack.canRedo());
        assertEquals(Optional.empty(), stack.redoDescription());
        stack.undo();
        assertEquals("a", stack.current().process("P1").orElseThrow().name());
    }

    @Test
    void framesOfOneDragAreOneUndoStep() {
        stack.execute(new Rename("P1", "a"));
        Scenario beforeDrag = stack.current();
        for (int x = 1; x <= 5; x++) {
            stack.execute(drag(1, x));
        }
        assertEquals(new Position(5, 5), stack.current().process("P1").orElseThrow().position());
        assertEquals("Move object", stack.undoDescription().orElseThrow());
        stack.undo();
        assertEquals(beforeDrag, stack.current());
        stack.redo();
        assertEquals(new Position(5, 5), stack.current().process("P1").orElseThrow().position());
    }

    @Test
    void twoDragsAreTwoUndoSteps() {
        stack.execute(drag(1, 1));
        stack.execute(drag(1, 2));
        stack.execute(drag(2, 3));
        stack.execute(drag(2, 4));
        stack.undo();
        assertEquals(new Position(2, 2), stack.current().process("P1").orElseThrow().position());
        stack.undo();
        assertEquals(start, stack.current());
    }

    @Test
    void aDragDoesNotMergeAcrossUndoOrSave() {
        stack.execute(drag(1, 1));
        stack.undo();
        stack.redo();
        stack.execute(drag(1, 2));
        stack.undo();
        assertEquals(new Position(1, 1), stack.current().process("P1").orElseThrow().position());
        stack.execute(drag(3, 5));
        stack.markSaved();
        stack.execute(drag(3, 6));
        stack.undo();
        assertFalse(stack.isDirty());
    }

    @Test
    void aDragBackToWhereItStartedLeavesNoStep() {
        stack.execute(new Rename("P1", "a"));
        stack.execute(drag(1, 5));
        stack.execute(new MoveNodes(Map.of("P1", Position.ORIGIN), 1));
        assertEquals("Rename to \"a\"", stack.undoDescription().orElseThrow());
    }

    @Test
    void dirtyFollowsTheSavedScenarioThroughUndoAndRedo() {
        assertFalse(stack.isDirty());
        stack.execute(new Rename("P1", "a"));
        assertTrue(stack.isDirty());
        stack.undo();
        assertFalse(stack.isDirty());
        stack.redo();
        stack.markSaved();
        assertFalse(stack.isDirty());
        stack.undo();
        assertTrue(stack.isDirty());
        stack.redo();
        assertFalse(stack.isDirty());
        stack.undo();
        stack.execute(new Rename("P1", "b"));
        assertTrue(stack.isDirty(), "the saved state is no longer in the history");
    }

    @Test
    void resetStartsACleanHistory() {
        stack.execute(new Rename("P1", "a"));
        stack.reset(Scenario.empty());
        assertEquals(Scenario.empty(), stack.current());
        assertFalse(stack.canUndo());
        assertFalse(stack.canRedo());
        assertFalse(stack.isDirty());
    }

    @Test
    void listenersHearEveryChange() {
        List<Scenario> heard = new ArrayList<>();
        Runnable remove = stack.addStateListener(() -> heard.add(stack.current()));
        stack.execute(new Rename("P1", "a"));
        stack.undo();
        stack.redo();
        stack.markSaved();
        Scenario renamed = heard.get(0);
        assertEquals(List.of(renamed, start, renamed, renamed), heard);
        remove.run();
        stack.undo();
        assertEquals(4, heard.size());
    }

    @Test
    void aFailingCommandChangesNothing() {
        stack.execute(new Rename("P1", "a"));
        stack.undo();
        Scenario before = stack.current();
        List<Scenario> heard = new ArrayList<>();
        stack.addStateListener(() -> heard.add(stack.current()));
        assertThrows(EditRefusedException.class, () -> stack.execute(new Connect(new Edge.EpollWatch("E1", "F2"))));
        assertThrows(IllegalArgumentException.class, () -> stack.execute(new Rename("P9", "x")));
        assertSame(before, stack.current());
        assertTrue(stack.canRedo());
        assertFalse(stack.canUndo());
        assertEquals(List.of(), heard);
    }

    @Test
    void aCommandThatChangesNothingLeavesNoStep() {
        List<Scenario> heard = new ArrayList<>();
        stack.addStateListener(() -> heard.add(stack.current()));
        assertFalse(stack.execute(new Rename("P1", "p1")));
        assertFalse(stack.canUndo());
        assertEquals(List.of(), heard);
    }
}

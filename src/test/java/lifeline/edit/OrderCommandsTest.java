package lifeline.edit;

import static lifeline.model.ScenarioBuilder.close;
import static lifeline.model.ScenarioBuilder.ioctl;
import static lifeline.model.ScenarioBuilder.wake;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import lifeline.model.FputBalance;
import lifeline.model.Operation;
import lifeline.model.OperationOrder;
import lifeline.model.ProcessNode;
import lifeline.model.Scenario;
import org.junit.jupiter.api.Test;

/** Setting a process's order and moving its operations, each one undoable step. */
class OrderCommandsTest {
    private final Scenario s = Fixtures.everything();

    private static ProcessNode p1(Scenario s) {
        return s.process("P1").orElseThrow();
    }

    @Test
    void setOrderChangesOnlyTheOrderAndUndoes() {
        CommandStack stack = new CommandStack(s);
        assertTrue(stack.execute(new SetOrder("P1", OperationOrder.PROGRAM)));
        assertEquals(p1(s).withOrder(OperationOrder.PROGRAM), p1(stack.current()));
        assertEquals("Set order: program", stack.undoDescription().orElseThrow());
        stack.undo();
        assertEquals(s, stack.current());
    }

    @Test
    void moveOperationKeepsTheOthersInOrderAndUndoes() {
        CommandStack stack = new CommandStack(s);
        stack.execute(new MoveOperation("P1", 2, 0));
        assertEquals(List.of(ioctl(6, FputBalance.LEAK), close(3), wake(3)), p1(stack.current()).operations());
        assertEquals("Move operation up", stack.undoDescription().orElseThrow());
        stack.execute(new MoveOperation("P1", 0, 1));
        assertEquals(List.of(close(3), ioctl(6, FputBalance.LEAK), wake(3)), p1(stack.current()).operations());
        assertEquals("Move operation down", stack.undoDescription().orElseThrow());
        stack.undo();
        stack.undo();
        assertEquals(s, stack.current());
        stack.redo();
        assertEquals(ioctl(6, FputBalance.LEAK), p1(stack.current()).operations().get(0));
    }

    @Test
    void aMoveOutOfTheListIsAStaleCommand() {
        assertThrows(IllegalArgumentException.class, () -> new MoveOperation("P1", 3, 0).apply(s));
        assertThrows(IllegalArgumentException.class, () -> new MoveOperation("P1", 0, -1).apply(s));
    }

    @Test
    void anyOrderIsRefusedWhileTheProgramRepeatsAnOperation() {
        List<Operation> twice = List.of(close(3), wake(3), close(3));
        Scenario program = new SetOperations("P1", twice).apply(new SetOrder("P1", OperationOrder.PROGRAM).apply(s));
        CommandStack stack = new CommandStack(program);
        EditRefusedException e = assertThrows(EditRefusedException.class,
                () -> stack.execute(new SetOrder("P1", OperationOrder.ANY)));
        assertEquals("close(3) is listed twice; in any order each operation runs exactly once, so remove one first",
                e.getMessage());
        assertEquals(program, stack.current());
        assertEquals(false, stack.canUndo());
    }

    @Test
    void anEditOfAnotherFieldKeepsTheOrder() {
        Scenario program = new SetOrder("P1", OperationOrder.PROGRAM).apply(s);
        for (EditCommand c : List.of(new SetTgid("P1", 300), new SetExits("P1", false), new Rename("P1", "x"),
                new SetOperations("P1", List.of(close(3))))) {
            assertEquals(OperationOrder.PROGRAM, p1(c.apply(program)).order(), c.description());
        }
    }

    @Test
    void aNewProcessRunsInProgramOrder() {
        Scenario out = new AddNode(NodeKind.PROCESS, null).apply(s);
        ProcessNode added = out.processes().get(out.processes().size() - 1);
        assertEquals(OperationOrder.PROGRAM, added.order());
    }
}

package lifeline.edit;

import static lifeline.model.ScenarioBuilder.close;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lifeline.model.DriverFile;
import lifeline.model.FdLink;
import lifeline.model.Position;
import lifeline.model.Scenario;
import lifeline.model.Watch;
import org.junit.jupiter.api.Test;

class MoveAndDeleteTest {
    private final Scenario s = Fixtures.everything();

    @Test
    void moveSetsPositionsOfEveryKind() {
        Map<String, Position> to = Map.of("P1", new Position(1, 2), "F1", new Position(3, 4),
                "K", new Position(5, 6));
        Scenario out = new MoveNodes(to).apply(s);
        to.forEach((id, p) -> assertEquals(p, out.node(id).orElseThrow().position()));
        assertEquals(Position.ORIGIN, out.node("E1").orElseThrow().position());
        assertEquals("Move 3 objects", new MoveNodes(to).description());
        assertEquals("Move object", new MoveNodes(Map.of("P1", Position.ORIGIN)).description());
    }

    @Test
    void aMovedScenarioIsTheSameModelAnyOtherEditIsNot() {
        Scenario moved = new MoveNodes(Map.of("P1", new Position(9, 9), "K", new Position(1, 1))).apply(s);
        assertTrue(MoveNodes.onlyMoved(s, moved));
        assertTrue(MoveNodes.onlyMoved(s, s));
        assertFalse(MoveNodes.onlyMoved(s, new Rename("P1", "other").apply(moved)));
        assertFalse(MoveNodes.onlyMoved(s, new DeleteNodes(Set.of("E1")).apply(s)));
        assertFalse(MoveNodes.onlyMoved(s, s.withWatches(List.of())));
    }

    @Test
    void framesOfOneDragMergeOthersDoNot() {
        MoveNodes first = new MoveNodes(Map.of("P1", new Position(1, 1)), 7);
        MoveNodes second = new MoveNodes(Map.of("P1", new Position(2, 2)), 7);
        assertEquals(Optional.of(new MoveNodes(Map.of("P1", new Position(2, 2)), 7)), second.mergeWith(first));
        assertEquals(Optional.empty(), new MoveNodes(Map.of("P1", Position.ORIGIN), 8).mergeWith(first));
        assertEquals(Optional.empty(), new MoveNodes(Map.of("P1", Position.ORIGIN)).mergeWith(
                new MoveNodes(Map.of("P1", new Position(1, 1)))));
        assertEquals(Optional.empty(), second.mergeWith(new Rename("P1", "x")));
    }

    @Test
    void deletingAFileTakesItsFdsWatchesAndTheOperationsOnThoseFds() {
        Scenario out = new DeleteNodes(Set.of("F1")).apply(s);
        assertTrue(out.file("F1").isEmpty());
        assertTrue(out.fds().stream().noneMatch(l -> l.file().equals("F1")));
        assertTrue(out.watches().isEmpty());
        assertEquals(List.of(new lifeline.model.Operation.Ioctl(6, lifeline.model.FputBalance.LEAK)),
                out.process("P1").orElseThrow().operations());
        assertEquals(List.of(close(4)), out.process("P2").orElseThrow().operations());
        assertEquals("Delete object", new DeleteNodes(Set.of("F1")).description());
    }

    @Test
    void deletingAProcessTakesItsFdsAndItsHookAndLeavesItsFilesWithoutOpener() {
        Scenario out = new DeleteNodes(Set.of("P1")).apply(s);
        assertTrue(out.process("P1").isEmpty());
        assertTrue(out.hooks().isEmpty(), "the hook of a deleted process goes too");
        assertEquals(List.of(new FdLink("P2", 3, "F1"), new FdLink("P2", 4, "E2")), out.fds());
        assertNull(out.file("F1").orElseThrow().opener());
        assertEquals("P2", out.file("E2").orElseThrow().opener());
        assertEquals(List.of(new Watch("E1", "F1")), out.watches(), "the watch does not touch P1");
    }

    @Test
    void deletingADeviceDisconnectsTheFilesOpenedOnIt() {
        Scenario out = new DeleteNodes(Set.of("D1")).apply(s);
        DriverFile f3 = (DriverFile) out.file("F3").orElseThrow();
        assertNull(f3.driver().device());
        assertFalse(f3.driver().openTakesDeviceRef());
    }

    @Test
    void deletingAnEpollTakesItsWatchesAndAHookItsProcessLink() {
        Scenario out = new DeleteNodes(Set.of("E1", "H1", "K")).apply(s);
        assertTrue(out.watches().isEmpty());
        assertTrue(out.fileAt("P1", 4).isEmpty());
        assertTrue(out.hookOf("P1").isEmpty());
        assertNull(out.kworker());
        assertEquals(s.processes(), out.processes(), "no operation was on fd 4 of P1");
        assertEquals("Delete 3 objects", new DeleteNodes(Set.of("E1", "H1", "K")).description());
    }

    @Test
    void deletingEverythingLeavesAnEmptyScenario() {
        Set<String> all = Set.copyOf(s.nodes().stream().map(n -> n.id()).toList());
        Scenario out = new DeleteNodes(all).apply(s);
        assertEquals(Scenario.empty().withTitle(s.title(), s.description()).withProperties(s.properties()), out);
    }

    @Test
    void deletingAnUnknownIdThrows() {
        assertThrows(IllegalArgumentException.class, () -> new DeleteNodes(Set.of("P1", "P9")).apply(s));
    }
}

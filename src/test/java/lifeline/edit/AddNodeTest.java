package lifeline.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import lifeline.model.BinderFile;
import lifeline.model.CloseHook;
import lifeline.model.DeviceNode;
import lifeline.model.DriverFile;
import lifeline.model.EpollFile;
import lifeline.model.FreeSite;
import lifeline.model.Node;
import lifeline.model.PathCapture;
import lifeline.model.Position;
import lifeline.model.ProcessNode;
import lifeline.model.ReservedMemory;
import lifeline.model.Scenario;
import lifeline.model.ScenarioValidator;
import lifeline.model.Unplug;
import lifeline.model.WorkqueueThread;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AddNodeTest {
    private static final Position AT = new Position(40, 60);

    private static Node added(Scenario before, NodeKind kind) {
        AddNode add = new AddNode(kind, AT);
        String id = add.newId(before);
        return add.apply(before).node(id).orElseThrow();
    }

    @ParameterizedTest
    @CsvSource({"PROCESS, P1, process 1, Add process", "DRIVER_FILE, F1, file 1, Add file",
            "EPOLL, E1, epoll 1, Add epoll", "BINDER, B1, binder 1, Add binder",
            "WORKQUEUE_THREAD, K, kworker, Add kworker", "DEVICE, D1, device 1, Add device",
            "CLOSE_HOOK, H1, close hook 1, Add close hook"})
    void firstNodeOfEachKindGetsItsPrefixedIdAndDefaultName(NodeKind kind, String id, String name, String text) {
        Node n = added(Scenario.empty(), kind);
        assertEquals(id, n.id());
        assertEquals(name, n.name());
        assertEquals(AT, n.position());
        assertEquals(kind, NodeKind.of(n));
        assertEquals(text, new AddNode(kind, AT).description());
    }

    @Test
    void secondProcessGetsTheNextIdNameAndTgid() {
        Scenario one = new AddNode(NodeKind.PROCESS, AT).apply(Scenario.empty());
        Scenario two = new AddNode(NodeKind.PROCESS, Position.ORIGIN).apply(one);
        ProcessNode p = two.process("P2").orElseThrow();
        assertEquals("process 2", p.name());
        assertEquals(101, p.tgid());
        assertFalse(p.exits());
        assertTrue(p.operations().isEmpty());
        assertEquals(100, two.process("P1").orElseThrow().tgid());
    }

    @Test
    void tgidSkipsThoseInUseAndNamesSkipThoseTaken() {
        Scenario s = Fixtures.everything();
        ProcessNode p = (ProcessNode) added(s, NodeKind.PROCESS);
        assertEquals("P3", p.id());
        assertEquals(102, p.tgid());
        assertEquals("process 3", p.name(), "the name follows the id when it can");
        Scenario taken = new Rename("P1", "process 3").apply(s);
        assertEquals("process 1", added(taken, NodeKind.PROCESS).name(), "else the lowest free number");
    }

    @Test
    void idsOfDeletedNodesAreReused() {
        Scenario s = new DeleteNodes(java.util.Set.of("F2")).apply(Fixtures.everything());
        assertEquals("F2", added(s, NodeKind.DRIVER_FILE).id());
    }

    @Test
    void driverFileIsAPlainNonPollableDriverWithNoOpenerYet() {
        DriverFile f = (DriverFile) added(Scenario.empty(), NodeKind.DRIVER_FILE);
        assertNull(f.opener());
        assertFalse(f.driver().pollable());
        assertEquals(FreeSite.NONE, f.driver().privateDataFreedIn());
        assertEquals(ReservedMemory.NONE, f.driver().reservedMemory());
        assertNull(f.driver().device());
        assertEquals("drv1", f.driver().name());
    }

    @Test
    void otherKindsGetThePlainestBehaviour() {
        assertFalse(((BinderFile) added(Scenario.empty(), NodeKind.BINDER)).mmapped());
        assertNull(((EpollFile) added(Scenario.empty(), NodeKind.EPOLL)).opener());
        assertEquals(Unplug.NONE, ((DeviceNode) added(Scenario.empty(), NodeKind.DEVICE)).unplug());
        CloseHook h = (CloseHook) added(Scenario.empty(), NodeKind.CLOSE_HOOK);
        assertNull(h.process());
        assertEquals(PathCapture.POINTER, h.capture());
        assertEquals(Scenario.DEFAULT_KWORKER_TGID,
                ((WorkqueueThread) added(Scenario.empty(), NodeKind.WORKQUEUE_THREAD)).tgid());
    }

    @Test
    void kworkerAvoidsATgidAProcessHas() {
        Scenario s = new SetTgid("P1", 2).apply(new AddNode(NodeKind.PROCESS, AT).apply(Scenario.empty()));
        assertEquals(3, ((WorkqueueThread) added(s, NodeKind.WORKQUEUE_THREAD)).tgid());
    }

    @Test
    void theKworkerIsAddedAtMostOnce() {
        Scenario s = Fixtures.everything();
        assertTrue(AddNode.refusal(s, NodeKind.WORKQUEUE_THREAD).orElseThrow()
                .contains("already has the binder kworker"));
        EditRefusedException e = assertThrows(EditRefusedException.class,
                () -> new AddNode(NodeKind.WORKQUEUE_THREAD, AT).apply(s));
        assertTrue(e.reason().contains("one thread"));
    }

    @Test
    void processesBeyondTheBoundAreRefused() {
        Scenario s = Scenario.empty();
        for (int i = 0; i < ScenarioValidator.MAX_PROCESSES; i++) {
            s = new AddNode(NodeKind.PROCESS, AT).apply(s);
        }
        assertEquals(ScenarioValidator.MAX_PROCESSES, s.processes().size());
        Scenario full = s;
        EditRefusedException e = assertThrows(EditRefusedException.class,
                () -> new AddNode(NodeKind.PROCESS, AT).apply(full));
        assertTrue(e.reason().startsWith("Lifeline checks at most 8 processes"), e.reason());
    }

    @Test
    void paletteHasEveryKindWithALabelAndATooltip() {
        assertEquals(7, NodeKind.values().length);
        for (NodeKind k : NodeKind.values()) {
            assertFalse(k.label().isBlank());
            assertTrue(k.tooltip().length() > 20, k + " tooltip");
        }
        assertEquals(List.of("P", "F", "E", "B", "K", "D", "H"),
                java.util.Arrays.stream(NodeKind.values()).map(NodeKind::idPrefix).toList());
    }
}

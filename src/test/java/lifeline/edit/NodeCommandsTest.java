package lifeline.edit;

import static lifeline.model.ScenarioBuilder.close;
import static lifeline.model.ScenarioBuilder.ioctl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import lifeline.model.BinderFile;
import lifeline.model.CloseHook;
import lifeline.model.DeviceNode;
import lifeline.model.Driver;
import lifeline.model.DriverFile;
import lifeline.model.FdLink;
import lifeline.model.FputBalance;
import lifeline.model.FreeSite;
import lifeline.model.Operation;
import lifeline.model.PathCapture;
import lifeline.model.ProcessNode;
import lifeline.model.Property;
import lifeline.model.ReservedMemory;
import lifeline.model.Scenario;
import lifeline.model.ScenarioValidator;
import lifeline.model.Unplug;
import org.junit.jupiter.api.Test;

/** The commands that set one field of one node (or of the scenario). */
class NodeCommandsTest {
    private final Scenario s = Fixtures.everything();

    @Test
    void fixtureIsValid() {
        assertEquals(List.of(), ScenarioValidator.validate(s));
    }

    @Test
    void renameChangesOnlyTheName() {
        Scenario out = new Rename("F1", "/dev/foo").apply(s);
        DriverFile before = (DriverFile) s.file("F1").orElseThrow();
        assertEquals(new DriverFile("F1", "/dev/foo", before.opener(), before.driver(), before.position()),
                out.file("F1").orElseThrow());
        assertEquals(s.withFiles(out.files()), out);
        assertEquals("Rename to \"/dev/foo\"", new Rename("F1", "/dev/foo").description());
    }

    @Test
    void renameWorksForEveryKind() {
        for (String id : List.of("P1", "F1", "E1", "B1", "D1", "H1", "K")) {
            assertEquals("x", new Rename(id, "x").apply(s).node(id).orElseThrow().name(), id);
        }
    }

    @Test
    void processFields() {
        assertEquals(300, new SetTgid("P1", 300).apply(s).process("P1").orElseThrow().tgid());
        assertEquals("Set tgid: 300", new SetTgid("P1", 300).description());
        ProcessNode p = new SetExits("P1", false).apply(s).process("P1").orElseThrow();
        assertEquals(false, p.exits());
        assertEquals(s.process("P1").orElseThrow().operations(), p.operations());
        assertEquals("Set exits: no", new SetExits("P1", false).description());
        List<Operation> ops = List.of(close(4), ioctl(3, FputBalance.EXTRA));
        assertEquals(ops, new SetOperations("P2", ops).apply(s).process("P2").orElseThrow().operations());
        assertEquals("Set operations: close(4), ioctl(3, extra)", new SetOperations("P2", ops).description());
        assertEquals("Set operations: none", new SetOperations("P2", List.of()).description());
    }

    @Test
    void driverDescriptionNamesTheOneFieldThatChanged() {
        Driver d = ((DriverFile) s.file("F1").orElseThrow()).driver();
        Driver flush = new Driver(d.name(), true, FreeSite.FLUSH, d.privateDataFreedIn(), d.reservedMemory(),
                d.device(), d.openTakesDeviceRef());
        SetDriver set = SetDriver.of(s, "F1", flush);
        assertEquals("Set wait queue freed in: flush", set.description());
        assertEquals(flush, ((DriverFile) set.apply(s).file("F1").orElseThrow()).driver());
        Driver back = new Driver(d.name(), true, FreeSite.RELEASE, d.privateDataFreedIn(), d.reservedMemory(),
                d.device(), d.openTakesDeviceRef());
        assertEquals("Set wait queue freed in: release", SetDriver.of(set.apply(s), "F1", back).description());
        Driver two = new Driver(d.name(), false, FreeSite.RELEASE, FreeSite.FLUSH, ReservedMemory.CURRENT_TGID,
                null, false);
        assertEquals("Set driver of /dev/f1", SetDriver.of(s, "F1", two).description());
        Driver mem = new Driver(d.name(), true, FreeSite.RELEASE, FreeSite.NONE, ReservedMemory.CURRENT_TGID,
                null, false);
        assertEquals("Set reserved memory: current tgid", SetDriver.of(s, "F1", mem).description());
    }

    @Test
    void driverDeviceIsAnEdgeNotAField() {
        Driver d = ((DriverFile) s.file("F1").orElseThrow()).driver().withDevice("D1", true);
        assertThrows(IllegalArgumentException.class, () -> new SetDriver("F1", d).apply(s));
    }

    @Test
    void otherNodeFields() {
        assertEquals(false, ((BinderFile) new SetBinderMmapped("B1", false).apply(s).file("B1").orElseThrow())
                .mmapped());
        assertEquals("Set mmapped: no", new SetBinderMmapped("B1", false).description());
        assertEquals(Unplug.KFREE, ((DeviceNode) new SetDeviceUnplug("D1", Unplug.KFREE).apply(s)
                .node("D1").orElseThrow()).unplug());
        assertEquals("Set unplug: kfree", new SetDeviceUnplug("D1", Unplug.KFREE).description());
        CloseHook h = (CloseHook) new SetHookCapture("H1", PathCapture.COPY).apply(s).node("H1").orElseThrow();
        assertEquals(PathCapture.COPY, h.capture());
        assertEquals("P1", h.process());
        assertEquals("Set path capture: copy", new SetHookCapture("H1", PathCapture.COPY).description());
        assertEquals(7, new SetKworkerTgid(7).apply(s).kworkerTgid());
        assertEquals("Set kworker tgid: 7", new SetKworkerTgid(7).description());
        assertThrows(IllegalArgumentException.class, () -> new SetKworkerTgid(7).apply(Scenario.empty()));
    }

    @Test
    void scenarioFields() {
        Set<Property> props = EnumSet.of(Property.NO_LEAK, Property.RELEASE_IN_OPENER_CONTEXT);
        assertEquals(props, new SetProperties(props).apply(s).properties());
        assertEquals("Set checked properties: NoLeak, ReleaseInOpenerContext", new SetProperties(props).description());
        Scenario t = new SetTitle("Seed 1", "why").apply(s);
        assertEquals("Seed 1", t.title());
        assertEquals("why", t.description());
    }

    @Test
    void openerCanBeSetAndCleared() {
        SetOpener set = SetOpener.of(s, "F1", "P2");
        assertEquals("Set opener: p2", set.description());
        assertEquals("P2", set.apply(s).file("F1").orElseThrow().opener());
        assertEquals(null, SetOpener.of(s, "F1", null).apply(s).file("F1").orElseThrow().opener());
        assertThrows(IllegalArgumentException.class, () -> new SetOpener("F1", "D1").apply(s));
    }

    @Test
    void fdNumberMovesTheSlotAndTheOperationsOnIt() {
        Scenario out = new SetFdNumber("P1", 3, 9).apply(s);
        assertTrue(out.fds().contains(new FdLink("P1", 9, "F1")));
        assertTrue(out.fileAt("P1", 3).isEmpty());
        assertEquals(List.of(close(9), new Operation.Wake(9), ioctl(6, FputBalance.LEAK)),
                out.process("P1").orElseThrow().operations());
        assertEquals(List.of(), ScenarioValidator.validate(out));
        assertEquals("Set fd number: 3 -> 9", new SetFdNumber("P1", 3, 9).description());
    }

    @Test
    void fdNumberRefusesASlotInUseAndOutOfRange() {
        EditRefusedException busy = assertThrows(EditRefusedException.class,
                () -> new SetFdNumber("P1", 3, 4).apply(s));
        assertTrue(busy.reason().startsWith("EBUSY: fd 4 of p1 already points at epoll-e1"), busy.reason());
        EditRefusedException range = assertThrows(EditRefusedException.class,
                () -> new SetFdNumber("P1", 3, 1024).apply(s));
        assertTrue(range.reason().startsWith("EBADF"));
        assertThrows(IllegalArgumentException.class, () -> new SetFdNumber("P1", 42, 43).apply(s));
    }

    @Test
    void staleIdsAndWrongKindsThrow() {
        assertThrows(IllegalArgumentException.class, () -> new Rename("P9", "x").apply(s));
        assertThrows(IllegalArgumentException.class, () -> new SetTgid("F1", 5).apply(s));
        assertThrows(IllegalArgumentException.class, () -> new SetBinderMmapped("F1", true).apply(s));
    }

    @Test
    void compositeAppliesItsPartsInOrderAsOneStep() {
        Composite c = new Composite("Make p1 a server", List.of(new Rename("P1", "server"), new SetTgid("P1", 500)));
        ProcessNode p = c.apply(s).process("P1").orElseThrow();
        assertEquals("server", p.name());
        assertEquals(500, p.tgid());
        assertEquals("Make p1 a server", c.description());
    }
}

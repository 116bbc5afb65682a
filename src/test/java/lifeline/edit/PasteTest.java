package lifeline.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import lifeline.model.BinderFile;
import lifeline.model.CloseHook;
import lifeline.model.DriverFile;
import lifeline.model.FdLink;
import lifeline.model.Node;
import lifeline.model.Position;
import lifeline.model.ProcessNode;
import lifeline.model.Scenario;
import lifeline.model.ScenarioValidator;
import lifeline.model.Watch;
import org.junit.jupiter.api.Test;

class PasteTest {
    private final Scenario s = Fixtures.everything();
    private final Clipboard clipboard = new Clipboard();

    private Scenario pasted(Set<String> ids) {
        clipboard.copy(s, ids);
        return clipboard.paste().apply(s);
    }

    @Test
    void aCopiedProcessSharesItsParentsFilesLikeAFork() {
        Scenario out = pasted(Set.of("P2"));
        ProcessNode child = out.process("P3").orElseThrow();
        assertEquals("p2 (copy)", child.name());
        assertEquals(102, child.tgid());
        assertEquals(new Position(24, 24), child.position());
        assertEquals(s.process("P2").orElseThrow().operations(), child.operations());
        assertEquals(List.of(new FdLink("P3", 3, "F1"), new FdLink("P3", 4, "E2")), out.fdsOf("P3").toList());
        assertEquals(List.of(), ScenarioValidator.validate(out));
        assertEquals("Paste object", clipboard.contents().map(c -> new Paste(c, Position.ORIGIN).description())
                .orElseThrow());
    }

    @Test
    void pastedNodesGetFreshIdsAndEdgesAmongThemAreRemapped() {
        Set<String> ids = Set.of("P1", "F1", "E1", "B1", "F3", "D1", "H1");
        clipboard.copy(s, ids);
        Paste paste = clipboard.paste();
        Map<String, String> fresh = paste.newIds(s);
        assertEquals(Map.of("P1", "P3", "F1", "F4", "F3", "F5", "E1", "E3", "B1", "B2", "D1", "D2", "H1", "H2"),
                fresh);
        Scenario out = paste.apply(s);
        assertEquals(s.nodes().size() + ids.size(), out.nodes().size());
        for (Map.Entry<String, String> e : fresh.entrySet()) {
            Node old = s.node(e.getKey()).orElseThrow();
            Node copy = out.node(e.getValue()).orElseThrow();
            assertEquals(new Position(old.position().x() + 24, old.position().y() + 24), copy.position());
            assertEquals(old.name() + " (copy)", copy.name());
        }
        assertTrue(out.watches().contains(new Watch("E3", "F4")));
        assertEquals(List.of(new FdLink("P3", 3, "F4"), new FdLink("P3", 4, "E3"), new FdLink("P3", 5, "B2"),
                new FdLink("P3", 6, "F2"), new FdLink("P3", 7, "F5")), out.fdsOf("P3").toList());
        assertEquals("D2", ((DriverFile) out.file("F5").orElseThrow()).driver().device());
        assertEquals("P3", ((CloseHook) out.node("H2").orElseThrow()).process());
        assertEquals("P3", out.file("F4").orElseThrow().opener());
        assertTrue(((BinderFile) out.file("B2").orElseThrow()).mmapped(), "its opener came along");
        assertEquals(List.of(), ScenarioValidator.validate(out));
        assertEquals(s, new DeleteNodes(Set.copyOf(fresh.values())).apply(out), "the original is untouched");
    }

    @Test
    void edgesToTheOutsideAreDroppedButFdsOfCopiedProcesses() {
        Scenario out = pasted(Set.of("E1", "F3", "H1", "B1"));
        assertEquals(s.fds(), out.fds(), "fds of uncopied processes on copied files are dropped");
        assertEquals(s.watches(), out.watches(), "E1 watched F1, which was not copied");
        assertNull(((DriverFile) out.file("F4").orElseThrow()).driver().device());
        assertFalse(((DriverFile) out.file("F4").orElseThrow()).driver().openTakesDeviceRef());
        assertNull(((CloseHook) out.node("H2").orElseThrow()).process());
        assertEquals("P1", out.file("E3").orElseThrow().opener(), "the opener is still there");
        BinderFile b = (BinderFile) out.file("B2").orElseThrow();
        assertEquals("P1", b.opener());
        assertFalse(b.mmapped(), "P1 has its mapped binder already");
    }

    @Test
    void eachPasteLandsOneStepFurther() {
        clipboard.copy(s, Set.of("D1"));
        Scenario once = clipboard.paste().apply(s);
        Scenario twice = clipboard.paste().apply(once);
        assertEquals(new Position(24, 24), twice.node("D2").orElseThrow().position());
        assertEquals(new Position(48, 48), twice.node("D3").orElseThrow().position());
        assertEquals("dev-d1 (copy 2)", twice.node("D3").orElseThrow().name());
    }

    @Test
    void theKworkerIsPastedOnlyIntoAScenarioWithout() {
        clipboard.copy(s, Set.of("K", "D1"));
        Paste paste = clipboard.paste();
        assertEquals(Map.of("D1", "D2"), paste.newIds(s));
        assertEquals(s.kworker(), paste.apply(s).kworker());
        Scenario without = new DeleteNodes(Set.of("K")).apply(s);
        assertEquals("K", paste.apply(without).kworker().id());
        assertEquals("kworker", paste.apply(without).kworker().name());
    }

    @Test
    void intoAnotherScenarioFdsOnFilesItLacksAreDroppedWithTheirOperations() {
        clipboard.copy(s, Set.of("P2", "E2"));
        Scenario out = clipboard.paste().apply(Scenario.empty());
        assertEquals(List.of(new FdLink("P1", 4, "E1")), out.fds());
        assertEquals(List.of(new lifeline.model.Operation.Close(4)), out.process("P1").orElseThrow().operations());
        assertEquals("p2", out.process("P1").orElseThrow().name());
        assertEquals(101, out.process("P1").orElseThrow().tgid(), "a free tgid is kept");
        assertEquals(List.of(), ScenarioValidator.validate(out));
    }

    @Test
    void pastingBeyondTheBoundsIsRefused() {
        clipboard.copy(s, Set.of("P1", "P2"));
        Scenario big = s;
        for (int i = 0; i < 3; i++) {
            big = clipboard.paste().apply(big);
        }
        assertEquals(8, big.processes().size());
        Scenario full = big;
        assertThrows(EditRefusedException.class, () -> clipboard.paste().apply(full));
    }

    @Test
    void anEmptyClipboardHasNothingToPaste() {
        assertTrue(clipboard.isEmpty());
        assertThrows(IllegalStateException.class, clipboard::paste);
        assertThrows(IllegalArgumentException.class, () -> clipboard.copy(s, Set.of("P9")));
        assertTrue(clipboard.isEmpty());
    }
}

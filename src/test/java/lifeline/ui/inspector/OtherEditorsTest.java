package lifeline.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import lifeline.edit.DeleteNodes;
import lifeline.model.BinderFile;
import lifeline.model.CloseHook;
import lifeline.model.PathCapture;
import lifeline.model.Scenario;
import lifeline.model.TestScenarios;
import lifeline.model.Unplug;
import lifeline.model.Watch;
import lifeline.ui.WindowTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The editors of epoll, binder, device, close hook and kworker, and the panel of several objects, on
 * TestScenarios.valid(): "ep" (E1) watches "locust" (F1); "binder" (B1) of "app" is mmapped; "usb" (D1) is
 * unplugged with kref_put; "hook" (H1) wraps close of "child" with a copy; "kworker" (K1) has tgid 2.
 */
@WindowTest
class OtherEditorsTest {
    private InspectorFixture ui;
    private Scenario before;

    @Start
    void start(Stage stage) {
        InspectorFixture.start(stage, TestScenarios.valid());
    }

    @BeforeEach
    void fixture(FxRobot robot) {
        ui = InspectorFixture.of(robot);
        before = ui.doc.current();
    }

    @Test
    void epollChangesItsOpener() {
        ui.select("E1");
        ui.choose("opener", "child (tgid 101)");
        assertEquals("P2", ui.doc.current().file("E1").orElseThrow().opener());
        ui.assertOneUndoableCommand(before);
        assertEquals("app (tgid 100)", ui.comboText("opener"));
    }

    @Test
    void epollRemovesAWatch() {
        ui.select("E1");
        ui.click("#remove-watch-F1");
        assertEquals(List.of(), ui.doc.current().watches());
        ui.assertOneUndoableCommand(before);
        assertEquals(List.of(new Watch("E1", "F1")), ui.doc.current().watches());
        assertTrue(ui.view.lookup("#remove-watch-F1") != null, "undo shows the watch again");
    }

    @Test
    void binderUnmapped() {
        ui.select("B1");
        assertEquals("2", ui.find("#f-count", Label.class).getText(), "fd 5 and the mapping");
        ui.click("#mmapped");
        assertFalse(((BinderFile) ui.doc.current().file("B1").orElseThrow()).mmapped());
        assertEquals("1", ui.find("#f-count", Label.class).getText());
        ui.assertOneUndoableCommand(before);
        assertTrue(ui.find("#mmapped", CheckBox.class).isSelected());
        assertEquals("2", ui.find("#f-count", Label.class).getText());
    }

    @Test
    void binderChangesItsOwner() {
        ui.select("B1");
        ui.choose("owner", "child (tgid 101)");
        assertEquals("P2", ui.doc.current().file("B1").orElseThrow().opener());
        ui.assertOneUndoableCommand(before);
    }

    @Test
    void deviceUnplugKinds() {
        ui.select("D1");
        assertEquals("kref_put", ui.comboText("unplug"));
        assertEquals("2", ui.find("#kref", Label.class).getText(), "probe + the open of locust");
        ui.choose("unplug", "kfree (bug)");
        assertEquals(Unplug.KFREE, ui.doc.current().device("D1").orElseThrow().unplug());
        ui.assertOneUndoableCommand(before);
        assertEquals("kref_put", ui.comboText("unplug"));
        ui.choose("unplug", "not unplugged");
        assertEquals(Unplug.NONE, ui.doc.current().device("D1").orElseThrow().unplug());
        ui.assertOneUndoableCommand(before);
    }

    @Test
    void closeHookCapturesAPointer() {
        ui.select("H1");
        assertEquals("copy of struct path", ui.comboText("capture"));
        ui.choose("capture", "pointer &file->f_path (bug)");
        assertEquals(PathCapture.POINTER, hook().capture());
        ui.assertOneUndoableCommand(before);
        assertEquals("copy of struct path", ui.comboText("capture"));
    }

    private CloseHook hook() {
        return ui.doc.current().hooks().get(0);
    }

    @Test
    void kworkerTgid(FxRobot robot) {
        ui.select("K1");
        ui.enter("#tgid", "100");
        assertTrue(ui.find("#tgid-error", Label.class).getText().contains("in use by process \"app\""));
        assertEquals(before, ui.doc.current());
        ui.enter("#tgid", "47");
        assertEquals(47, ui.doc.current().kworker().tgid());
        ui.assertOneUndoableCommand(before);
        assertEquals("2", ui.text("#tgid"));
    }

    @Test
    void kworkerRename() {
        ui.select("K1");
        ui.enter("#name", "kworker/u:binder");
        assertEquals("kworker/u:binder", ui.doc.current().kworker().name());
        ui.assertOneUndoableCommand(before);
        assertEquals("kworker", ui.text("#name"));
    }

    @Test
    void everyKindIsRenamedFromItsEditor() {
        for (String id : List.of("F1", "E1", "B1", "D1", "H1", "K1")) {
            ui.select(id);
            String old = ui.text("#name");
            ui.enter("#name", "renamed " + id);
            assertEquals("renamed " + id, ui.doc.current().node(id).orElseThrow().name());
            ui.assertOneUndoableCommand(before);
            assertEquals(old, ui.text("#name"), id);
        }
    }

    @Test
    void severalObjectsAreCountedAndEachCanBeSelected() {
        ui.select("P1", "F1", "E1");
        assertEquals("3 objects selected", ui.find("#selection-count", Label.class).getText());
        assertTrue(ui.view.lookupAll(".hint").stream().anyMatch(n -> "1 process, 1 file, 1 epoll".equals(
                ((Label) n).getText())));
        ui.clickLink("ep");
        assertEquals(Set.of("E1"), ui.doc.selection().snapshot());
        assertEquals("ep", ui.text("#name"));
    }

    @Test
    void deletingTheInspectedObjectShowsTheScenario(FxRobot robot) {
        ui.select("D1");
        robot.interact(() -> ui.doc.execute(new DeleteNodes(Set.of("D1"))));
        assertNull(ui.view.lookup("#unplug"));
        assertEquals("valid", ui.text("#title"));
        robot.interact(ui.doc::undo);
        assertEquals("valid", ui.text("#title"), "undo brings the device back, but not its selection");
    }
}

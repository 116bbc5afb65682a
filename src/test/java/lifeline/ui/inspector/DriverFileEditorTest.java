package lifeline.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import lifeline.edit.Disconnect;
import lifeline.edit.Edge;
import lifeline.model.Driver;
import lifeline.model.DriverFile;
import lifeline.model.FreeSite;
import lifeline.model.ReservedMemory;
import lifeline.model.Scenario;
import lifeline.model.TestScenarios;
import lifeline.ui.WindowTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The driver file editor on "locust" (F1) of TestScenarios.valid(): opened by "app", pollable, wait queue
 * freed in flush, private data freed in release, reserved memory of current->tgid, opened on "usb" (D1)
 * with a kref; held by fd 3 of "app" and fd 3 of "child", watched by "ep".
 */
@WindowTest
class DriverFileEditorTest {
    private InspectorFixture ui;
    private Scenario before;

    @Start
    void start(Stage stage) {
        InspectorFixture.start(stage, TestScenarios.valid());
    }

    @BeforeEach
    void selectLocust(FxRobot robot) {
        ui = InspectorFixture.of(robot);
        before = ui.doc.current();
        ui.select("F1");
    }

    private Driver driver() {
        return ((DriverFile) ui.doc.current().file("F1").orElseThrow()).driver();
    }

    @Test
    void showsTheDriverInTheKernelsWords() {
        assertEquals("app (tgid 100)", ui.comboText("opener"));
        assertEquals("flush", ui.comboText("wait-queue"));
        assertEquals("freed in release", ui.comboText("private-data"));
        assertEquals("frees current->tgid's blocks", ui.comboText("reserved-memory"));
        assertEquals("2", ui.find("#f-count", Label.class).getText());
        assertTrue(ui.view.lookupAll(".node-link").stream()
                .anyMatch(n -> "usb".equals(((javafx.scene.control.Hyperlink) n).getText())), "the device");
    }

    @Test
    void waitQueueFreedInRelease() {
        assertTrue(ui.view.lookupAll(".label").stream().anyMatch(n -> ((Label) n).getText()
                .startsWith("flush runs on every close")), "the note on flush");
        ui.choose("wait-queue", "release");
        assertEquals(FreeSite.RELEASE, driver().waitQueueFreedIn());
        assertTrue(ui.view.lookupAll(".label").stream().noneMatch(n -> ((Label) n).getText()
                .startsWith("flush runs")), "no note on flush left under release");
        assertTrue(ui.view.lookupAll(".label").stream().anyMatch(n -> ((Label) n).getText()
                .startsWith("release runs once, on the last fput")), "the note follows the choice");
        assertEquals("Undo set wait queue freed in: release", ui.doc.undoTextProperty().get());
        ui.assertOneUndoableCommand(before);
        assertEquals("flush", ui.comboText("wait-queue"), "undo shows flush again");
    }

    @Test
    void privateDataFreedInFlush() {
        ui.choose("private-data", "freed in flush");
        assertEquals(FreeSite.FLUSH, driver().privateDataFreedIn());
        ui.assertOneUndoableCommand(before);
        assertEquals("freed in release", ui.comboText("private-data"));
    }

    @Test
    void noPrivateData() {
        ui.choose("private-data", "none");
        assertEquals(FreeSite.NONE, driver().privateDataFreedIn());
        ui.assertOneUndoableCommand(before);
    }

    @Test
    void reservedMemoryFreedByTheFilesOwnRecord() {
        ui.choose("reserved-memory", "frees the file's own blocks");
        assertEquals(ReservedMemory.FILE_RECORD, driver().reservedMemory());
        ui.assertOneUndoableCommand(before);
        assertEquals("frees current->tgid's blocks", ui.comboText("reserved-memory"));
    }

    @Test
    void noReservedMemory() {
        ui.choose("reserved-memory", "none");
        assertEquals(ReservedMemory.NONE, driver().reservedMemory());
        ui.assertOneUndoableCommand(before);
    }

    @Test
    void notPollableDisablesTheWaitQueueChoice() {
        ui.click("#pollable");
        assertFalse(driver().pollable());
        assertTrue(ui.find("#wait-queue", ComboBox.class).isDisabled());
        ui.assertOneUndoableCommand(before);
        assertTrue(ui.find("#pollable", CheckBox.class).isSelected());
        assertFalse(ui.find("#wait-queue", ComboBox.class).isDisabled());
    }

    @Test
    void openWithoutAKref() {
        ui.click("#takes-ref");
        assertFalse(driver().openTakesDeviceRef());
        assertEquals("D1", driver().device(), "the device edge stays");
        ui.assertOneUndoableCommand(before);
        assertTrue(ui.find("#takes-ref", CheckBox.class).isSelected());
    }

    @Test
    void withoutADeviceTheKrefSwitchIsOff(FxRobot robot) {
        robot.interact(() -> ui.doc.execute(new Disconnect(new Edge.OpenedOn("F1", "D1"))));
        assertTrue(ui.find("#takes-ref", CheckBox.class).isDisabled());
        assertFalse(ui.find("#takes-ref", CheckBox.class).isSelected());
    }

    @Test
    void renamesTheDriver() {
        ui.enter("#driver-name", "ashmem");
        assertEquals("ashmem", driver().name());
        ui.assertOneUndoableCommand(before);
        assertEquals("locust", ui.text("#driver-name"));
    }

    @Test
    void changesTheOpener() {
        ui.choose("opener", "child (tgid 101)");
        assertEquals("P2", ui.doc.current().file("F1").orElseThrow().opener());
        ui.assertOneUndoableCommand(before);
        assertEquals("app (tgid 100)", ui.comboText("opener"));
    }

    @Test
    void theOpenerFollowsARenameOfItsProcess(FxRobot robot) {
        robot.interact(() -> ui.doc.execute(new lifeline.edit.Rename("P1", "zygote")));
        assertEquals("zygote (tgid 100)", ui.comboText("opener"));
        robot.interact(ui.doc::undo);
        assertEquals("app (tgid 100)", ui.comboText("opener"));
    }

    @Test
    void clearsTheOpener() {
        ui.choose("opener", "none");
        assertEquals(null, ui.doc.current().file("F1").orElseThrow().opener());
        ui.assertOneUndoableCommand(before);
    }

    @Test
    void aHolderLinkSelectsTheProcess() {
        ui.clickLink("child");
        assertEquals(java.util.Set.of("P2"), ui.doc.selection().snapshot());
        assertEquals("child", ui.text("#name"));
    }
}

package lifeline.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import lifeline.edit.Rename;
import lifeline.edit.SetExits;
import lifeline.model.FdLink;
import lifeline.model.FputBalance;
import lifeline.model.Operation;
import lifeline.model.ProcessNode;
import lifeline.model.Scenario;
import lifeline.model.TestScenarios;
import lifeline.ui.WindowTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The process editor, driven through its controls: name, tgid, exits, the fd table and the operations. The
 * scenario is TestScenarios.valid(): "app" (P1, tgid 100) holds F1 on fd 3, the epoll E1 on fd 4 and the
 * binder B1 on fd 5, and closes 3, wakes 4 and ioctls 3; "child" (P2, tgid 101) shares F1 on fd 3.
 */
@WindowTest
class ProcessEditorTest {
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    private InspectorFixture ui;
    private Scenario before;

    @Start
    void start(Stage stage) {
        InspectorFixture.start(stage, TestScenarios.valid());
    }

    @BeforeEach
    void selectApp(FxRobot robot) {
        ui = InspectorFixture.of(robot);
        before = ui.doc.current();
        ui.select("P1");
    }

    private ProcessNode app() {
        return ui.doc.current().process("P1").orElseThrow();
    }

    @Test
    void showsTheProcess() {
        assertEquals("app", ui.text("#name"));
        assertEquals("100", ui.text("#tgid"));
        assertEquals(List.of("close fd 3", "wake fd 4", "ioctl fd 3 (balanced)"),
                ui.view.lookupAll(".operation").stream().map(n -> ((Label) n).getText()).toList());
    }

    @Test
    void aValidTgidCommitsOneCommand() {
        ui.enter("#tgid", "4242");
        assertEquals(4242, app().tgid());
        assertEquals("4242", ui.text("#tgid"));
        ui.assertOneUndoableCommand(before);
        assertEquals("100", ui.text("#tgid"), "undo shows the old tgid");
    }

    @Test
    void invalidTgidsShowWhyAndCommitNothing(FxRobot robot) {
        TextField field = ui.find("#tgid", TextField.class);
        Label error = ui.find("#tgid-error", Label.class);
        assertFalse(error.isVisible());
        for (String[] typed : new String[][] {{"12a", "not a number"}, {"0", "out of range"},
                {"5000000", "out of range"}, {"101", "in use by process \"child\" (P2)"},
                {"2", "binder kworker"}}) {
            ui.typeInto("#tgid", typed[0]);
            assertTrue(error.isVisible(), typed[0]);
            assertTrue(error.getText().contains(typed[1]), error.getText());
            assertTrue(field.getPseudoClassStates().contains(ERROR), "red outline for " + typed[0]);
            robot.type(KeyCode.ENTER);
            assertEquals(before, ui.doc.current(), "Enter commits nothing for " + typed[0]);
            assertTrue(error.isVisible(), "the error stays after Enter");
        }
        assertFalse(ui.doc.canUndoProperty().get());
        ui.typeInto("#tgid", "77");
        assertFalse(error.isVisible(), "a valid tgid clears the error");
        assertFalse(field.getPseudoClassStates().contains(ERROR));
    }

    @Test
    void leavingAnInvalidTgidRevertsIt(FxRobot robot) {
        ui.typeInto("#tgid", "abc");
        robot.clickOn("#elsewhere");
        assertEquals("100", ui.text("#tgid"));
        assertEquals(before, ui.doc.current());
        assertTrue(ui.status().contains("Kept tgid \"100\""), ui.status());
    }

    @Test
    void leavingAValidTgidCommitsIt(FxRobot robot) {
        ui.typeInto("#tgid", "555");
        robot.clickOn("#elsewhere");
        assertEquals(555, app().tgid());
        ui.assertOneUndoableCommand(before);
    }

    @Test
    void escapeRevertsTheTyping(FxRobot robot) {
        ui.typeInto("#tgid", "555");
        robot.type(KeyCode.ESCAPE);
        assertEquals("100", ui.text("#tgid"));
        robot.clickOn("#elsewhere");
        assertEquals(before, ui.doc.current());
    }

    @Test
    void renames() {
        ui.enter("#name", "zygote");
        assertEquals("zygote", app().name());
        ui.assertOneUndoableCommand(before);
        assertEquals("app", ui.text("#name"));
    }

    @Test
    void aNameInUseIsRefusedAsYouType() {
        ui.enter("#name", "child");
        assertTrue(ui.find("#name-error", Label.class).getText().contains("is the name of process"));
        assertEquals(before, ui.doc.current());
    }

    @Test
    void togglesExits() {
        ui.click("#exits");
        assertFalse(app().exits());
        ui.assertOneUndoableCommand(before);
        assertTrue(ui.find("#exits", javafx.scene.control.CheckBox.class).isSelected());
    }

    @Test
    void typingSurvivesAnUnrelatedRefreshAndUndoShowsTheModel(FxRobot robot) {
        ui.typeInto("#tgid", "123");
        robot.interact(() -> ui.doc.execute(new SetExits("P2", true)));
        assertEquals("123", ui.text("#tgid"), "an edit of another object keeps the typing");
        assertTrue(ui.find("#tgid", TextField.class).isFocused());
        robot.type(KeyCode.ENTER);
        assertEquals(123, app().tgid());
        robot.interact(ui.doc::undo);
        assertEquals("100", ui.text("#tgid"), "undo of the tgid shows the old one");
        robot.interact(ui.doc::redo);
        assertEquals("123", ui.text("#tgid"));
    }

    @Test
    void ctrlZInAFieldUndoesItsTypingFirstThenTheLastEdit(FxRobot robot) {
        ui.typeInto("#tgid", "123");
        robot.type(KeyCode.ENTER);
        assertEquals(123, app().tgid());
        robot.interact(() -> ui.doc.execute(new Rename("P2", "kid")));
        ui.typeInto("#tgid", "124");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(123, app().tgid(), "the first Ctrl+Z takes back the typing, not an edit");
        assertEquals("kid", ui.doc.current().process("P2").orElseThrow().name());
        robot.type(KeyCode.ESCAPE);
        assertTrue(ui.find("#tgid", TextField.class).isFocused());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals("child", ui.doc.current().process("P2").orElseThrow().name(), "with nothing typed: the last edit");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals("100", ui.text("#tgid"), "and the one before, shown in the field");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertEquals("123", ui.text("#tgid"), "Ctrl+Shift+Z redoes");
    }

    @Test
    void anotherSelectionShowsTheOtherProcess() {
        ui.select("P2");
        assertEquals("child", ui.text("#name"));
        assertEquals("101", ui.text("#tgid"));
        assertEquals(1, ui.view.lookupAll(".fd-row").size());
    }

    @Test
    void renumbersAnFdAndItsOperationsFollow() {
        ui.enter("#fd-3", "9");
        assertTrue(ui.doc.current().fds().contains(new FdLink("P1", 9, "F1")));
        assertEquals(List.of(new Operation.Close(9), new Operation.Wake(4),
                new Operation.Ioctl(9, FputBalance.BALANCED)), app().operations());
        ui.assertOneUndoableCommand(before);
        assertEquals("3", ui.text("#fd-3"));
    }

    @Test
    void aBusyFdNumberIsRefusedInTheStatusBarAndTheFieldReverts() {
        ui.enter("#fd-3", "4");
        assertEquals(before, ui.doc.current());
        assertTrue(ui.status().startsWith("EBUSY"), ui.status());
        assertEquals("3", ui.text("#fd-3"));
    }

    @Test
    void removesAnFd() {
        ui.click("#remove-fd-5");
        assertTrue(ui.doc.current().fileAt("P1", 5).isEmpty());
        assertTrue(ui.view.lookup("#remove-fd-5") == null);
        ui.assertOneUndoableCommand(before);
        assertTrue(ui.view.lookup("#remove-fd-5") != null, "undo brings the row back");
    }

    /** A long file name behind the chosen fd: the fd's drop-down gives way, the kind keeps its word. */
    @Test
    void theOperationsKindStaysWholeBesideALongFileName(FxRobot robot) {
        robot.interact(() -> ui.doc.execute(new Rename("F1", "/data/vendor/reports/report-of-the-day.txt")));
        ui.select("P1");
        ui.choose("op-fd", "3 \u2192 /data/vendor/reports/report-of-the-day.txt");
        ComboBox<?> box = ui.find("#op-kind", ComboBox.class);
        Labeled shown = (Labeled) box.lookupAll(".list-cell").stream().filter(n -> n.getParent() == box)
                .findFirst().orElseThrow();
        assertEquals("close", shown.getText());
        assertEquals("close", ((Text) shown.lookup(".text")).getText(), "the kind is cut short");
    }

    @Test
    void addsAnIoctlOperation() {
        ui.choose("op-kind", "ioctl");
        ui.choose("op-fd", "5 \u2192 binder");
        ui.choose("op-balance", "extra fput");
        ui.click("#op-add");
        assertEquals(new Operation.Ioctl(5, FputBalance.EXTRA), app().operations().get(3));
        assertEquals(4, ui.view.lookupAll(".operation").size());
        ui.assertOneUndoableCommand(before);
        assertEquals(3, ui.view.lookupAll(".operation").size());
    }

    @Test
    void addsACloseOperation() {
        ui.choose("op-fd", "5 \u2192 binder");
        ui.click("#op-add");
        assertEquals(List.of(new Operation.Close(3), new Operation.Wake(4),
                new Operation.Ioctl(3, FputBalance.BALANCED), new Operation.Close(5)), app().operations());
        ui.assertOneUndoableCommand(before);
    }

    @Test
    void wakeOffersOnlyFdsOfFilesWithAWaitQueueAndNoDuplicates() {
        ui.choose("op-kind", "wake");
        assertEquals(List.of(3, 4), ui.find("#op-fd", ComboBox.class).getItems());
        ui.choose("op-fd", "4 \u2192 ep");
        assertTrue(ui.find("#op-add", Button.class).isDisabled(), "wake fd 4 is already listed");
        ui.choose("op-fd", "3 \u2192 locust");
        assertFalse(ui.find("#op-add", Button.class).isDisabled());
    }

    @Test
    void removesAnOperation() {
        ui.click("#remove-op-1");
        assertEquals(List.of(new Operation.Close(3), new Operation.Ioctl(3, FputBalance.BALANCED)),
                app().operations());
        ui.assertOneUndoableCommand(before);
        assertEquals(3, ui.view.lookupAll(".operation").size());
    }
}

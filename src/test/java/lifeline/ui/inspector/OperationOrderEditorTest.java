package lifeline.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import lifeline.edit.SetOrder;
import lifeline.model.FputBalance;
import lifeline.model.Operation;
import lifeline.model.OperationOrder;
import lifeline.model.ProcessNode;
import lifeline.model.Scenario;
import lifeline.model.TestScenarios;
import lifeline.ui.WindowTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The order of a process's operations in the inspector: chosen in a drop-down; in program order the list is
 * numbered and each row moves up or down. The scenario is TestScenarios.valid() with "app" (P1) in program
 * order: close fd 3, wake fd 4, ioctl fd 3; "child" (P2) in any order.
 */
@WindowTest
class OperationOrderEditorTest {
    private static final Operation CLOSE3 = new Operation.Close(3);
    private static final Operation WAKE4 = new Operation.Wake(4);
    private static final Operation IOCTL3 = new Operation.Ioctl(3, FputBalance.BALANCED);
    private InspectorFixture ui;
    private Scenario before;

    @Start
    void start(Stage stage) {
        InspectorFixture.start(stage, new SetOrder("P1", OperationOrder.PROGRAM).apply(TestScenarios.valid()));
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

    private List<String> texts(String query) {
        return ui.view.lookupAll(query).stream().map(n -> ((Label) n).getText()).toList();
    }

    @Test
    void programOrderNumbersTheListAndOffersMovesWhereTheyFit() {
        assertEquals("in program order", ui.comboText("op-order"));
        assertEquals(List.of("1.", "2.", "3."), texts(".operation-step"));
        assertTrue(ui.find("#op-up-0", Button.class).isDisabled());
        assertFalse(ui.find("#op-down-0", Button.class).isDisabled());
        assertTrue(ui.find("#op-down-2", Button.class).isDisabled());
    }

    @Test
    void anOperationAfterACloseOfItsFdSaysEbadfInProgramOrderOnly() {
        List<String> files = texts(".operation-file");
        assertEquals("EBADF", files.get(2), "ioctl fd 3 runs after close fd 3");
        Label third = (Label) ui.view.lookupAll(".operation-file").toArray()[2];
        assertEquals("fd 3 is closed at 1.: this operation returns EBADF and does nothing",
                third.getTooltip().getText());
        assertTrue(files.get(1).startsWith("\u2192 "), files.get(1));
        ui.choose("op-order", "each once, in any order");
        assertTrue(texts(".operation-file").stream().allMatch(f -> f.startsWith("\u2192 ")), "any order: no EBADF");
    }

    @Test
    void upMovesAnOperationOneStepEarlierAsOneUndoableCommand() {
        ui.click("#op-up-2");
        assertEquals(List.of(CLOSE3, IOCTL3, WAKE4), app().operations());
        assertEquals(List.of("close fd 3", "ioctl fd 3 (balanced)", "wake fd 4"), texts(".operation"));
        ui.assertOneUndoableCommand(before);
        assertEquals(List.of("close fd 3", "wake fd 4", "ioctl fd 3 (balanced)"), texts(".operation"));
    }

    @Test
    void downMovesAnOperationOneStepLater() {
        ui.click("#op-down-0");
        assertEquals(List.of(WAKE4, CLOSE3, IOCTL3), app().operations());
        ui.assertOneUndoableCommand(before);
    }

    @Test
    void draggingAnOperationByItsNumberOntoAnotherRowMovesItThere(FxRobot robot) {
        Node first = ui.reveal("#op-step-0");
        Node last = ui.find("#op-step-2", Node.class).getParent();
        robot.drag(first).dropTo(last);
        assertEquals(List.of(WAKE4, IOCTL3, CLOSE3), app().operations());
        assertEquals(List.of("wake fd 4", "ioctl fd 3 (balanced)", "close fd 3"), texts(".operation"));
        ui.assertOneUndoableCommand(before);
    }

    @Test
    void programOrderMayListAnOperationAgain() {
        ui.click("#op-add");
        assertEquals(List.of(CLOSE3, WAKE4, IOCTL3, CLOSE3), app().operations());
        assertEquals(List.of("1.", "2.", "3.", "4."), texts(".operation-step"));
        ui.assertOneUndoableCommand(before);
    }

    @Test
    void anyOrderTakesTheNumbersAndMovesAwayAndRefusesARepeat() {
        ui.choose("op-order", "each once, in any order");
        assertEquals(OperationOrder.ANY, app().order());
        assertTrue(texts(".operation-step").isEmpty());
        assertTrue(ui.view.lookup("#op-up-1") == null);
        assertTrue(ui.find("#op-add", Button.class).isDisabled(), "close fd 3 is already listed");
        ui.assertOneUndoableCommand(before);
        assertEquals("in program order", ui.comboText("op-order"), "undo shows the order again");
        assertEquals(3, texts(".operation-step").size());
    }

    @Test
    void anyOrderIsRefusedWhileTheListRepeatsAnOperation() {
        ui.click("#op-add");
        Scenario twice = ui.doc.current();
        ui.pick("op-order", "each once, in any order");
        assertEquals(twice, ui.doc.current());
        assertTrue(ui.status().startsWith("close(3) is listed twice"), ui.status());
        assertEquals("in program order", ui.comboText("op-order"), "the drop-down shows the model's order");
    }
}

package lifeline.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import lifeline.io.Examples;
import lifeline.model.Property;
import lifeline.model.Scenario;
import lifeline.ui.LifelineApp;
import lifeline.ui.WindowTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The inspector in the main window: its edits reach the status bar and the toolbar's Undo. */
@WindowTest
class InspectorInAppTest {
    @Start
    void start(Stage stage) {
        new LifelineApp().start(stage);
    }

    @Test
    void aPropertyToggleIsUndoneFromTheToolbar(FxRobot robot) {
        InspectorFixture ui = InspectorFixture.of(robot);
        Scenario before = ui.doc.current();
        assertEquals(Examples.load(LifelineApp.FIRST_EXAMPLE).orElseThrow().title(), ui.text("#title"));
        ui.click("#property-ReleaseInOpenerContext");
        assertTrue(ui.doc.current().properties().contains(Property.RELEASE_IN_OPENER_CONTEXT));
        String status = robot.lookup(".status-text").queryAs(Label.class).getText();
        assertTrue(status.startsWith("Set checked properties"), status);
        robot.clickOn(robot.lookup("#undoButton").queryAs(Button.class));
        assertEquals(before, ui.doc.current());
        assertFalse(robot.lookup("#property-ReleaseInOpenerContext").queryAs(CheckBox.class).isSelected());
    }

    @Test
    void typingDeleteInAFieldEditsTheTextNotTheScenario(FxRobot robot) {
        InspectorFixture ui = InspectorFixture.of(robot);
        ui.select("P1");
        Scenario before = ui.doc.current();
        robot.clickOn(ui.reveal("#name"));
        robot.type(javafx.scene.input.KeyCode.HOME, javafx.scene.input.KeyCode.DELETE);
        assertEquals(before, ui.doc.current(), "Delete stays in the field until Enter");
        assertEquals("pp", ui.text("#name"));
        robot.type(javafx.scene.input.KeyCode.ENTER);
        assertEquals("pp", ui.doc.current().process("P1").orElseThrow().name());
    }
}

package lifeline.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import lifeline.edit.Rename;
import lifeline.model.Property;
import lifeline.model.Scenario;
import lifeline.model.TestScenarios;
import lifeline.ui.WindowTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The scenario panel, shown when nothing is selected: title, description, properties and problems. */
@WindowTest
class ScenarioPanelTest {
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

    private CheckBox property(Property p) {
        return ui.find("#property-" + p.tlaName(), CheckBox.class);
    }

    @Test
    void showsTheCheckedPropertiesWithTheLintOff() {
        for (Property p : Property.values()) {
            assertEquals(Property.defaults().contains(p), property(p).isSelected(), p.tlaName());
        }
        assertEquals(1, ui.view.lookupAll(".lint-badge").size());
    }

    @Test
    void turnsTheLintOn() {
        ui.click("#property-ReleaseInOpenerContext");
        assertEquals(EnumSet.allOf(Property.class), ui.doc.current().properties());
        ui.assertOneUndoableCommand(before);
        assertFalse(property(Property.RELEASE_IN_OPENER_CONTEXT).isSelected());
    }

    @Test
    void turnsAPropertyOff() {
        ui.click("#property-NoLeak");
        assertFalse(ui.doc.current().properties().contains(Property.NO_LEAK));
        assertEquals(4 - 1, ui.doc.current().properties().size());
        ui.assertOneUndoableCommand(before);
        assertTrue(property(Property.NO_LEAK).isSelected());
    }

    @Test
    void setsTheTitle() {
        ui.enter("#title", "epoll and flush");
        assertEquals("epoll and flush", ui.doc.current().title());
        assertEquals("a small valid scenario", ui.doc.current().description());
        ui.assertOneUndoableCommand(before);
        assertEquals("valid", ui.text("#title"));
    }

    @Test
    void setsTheDescriptionOnCtrlEnterWithLineBreaksInside(FxRobot robot) {
        ui.typeInto("#description", "line one");
        robot.type(KeyCode.ENTER);
        robot.write("line two");
        assertEquals(before, ui.doc.current(), "Enter is a line break in the description");
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        assertEquals("line one\nline two", ui.doc.current().description());
        ui.assertOneUndoableCommand(before);
    }

    @Test
    void aValidScenarioSaysSo() {
        assertTrue(ui.view.lookup(".no-problems").isVisible());
    }

    @Test
    void listsProblemsAndAClickSelectsTheirObject(FxRobot robot) {
        robot.interact(() -> ui.doc.execute(new Rename("P2", "app")));
        List<String> wheres = ui.view.lookupAll(".problem-where").stream()
                .map(n -> ((javafx.scene.control.Labeled) n).getText()).toList();
        assertEquals(List.of("process \"app\" (P2)"), wheres);
        ui.click(".problem-where");
        assertEquals(Set.of("P2"), ui.doc.selection().snapshot());
        assertTrue(ui.view.lookupAll(".problem-message").stream().anyMatch(n -> ((Label) n).getText()
                .contains("is also the name of")), "the process editor lists its problem");
        robot.interact(() -> ui.doc.selection().clear());
        robot.interact(ui.doc::undo);
        assertTrue(ui.view.lookup(".no-problems").isVisible(), "undo clears the problem");
    }
}

package lifeline.ui.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import lifeline.edit.SetProperties;
import lifeline.io.Examples;
import lifeline.model.Property;
import lifeline.ui.WindowTest;
import lifeline.ui.document.DocumentModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** With no property chosen there is nothing to check: Check is disabled and its tooltip says why. */
@WindowTest
class NothingToCheckTest {
    @TempDir
    static Path dir;

    private DocumentModel doc;

    @Start
    void start(Stage stage) {
        doc = CheckKit.document(Examples.load("seed001-epoll-flush-uaf").orElseThrow().withProperties(Set.of()),
                "none");
        CheckDock dock = new CheckDock(doc, CheckKit.services(dir, new FxUiExecutor(), new CheckKit.ScriptedDialog()));
        stage.setScene(CheckKit.themed(new Scene(dock, 900, 600)));
        stage.show();
    }

    private static String tooltipOf(FxRobot robot) {
        Node holder = robot.lookup("#check-button-holder").query();
        return ((Tooltip) holder.getProperties().get("javafx.scene.control.Tooltip")).getText();
    }

    @Test
    void checkIsDisabledUntilAPropertyIsChosenAndItsTooltipSaysWhy(FxRobot robot) {
        Button check = robot.lookup("#check-button").queryButton();
        assertTrue(check.isDisabled());
        assertEquals(CheckSession.NOTHING_TO_CHECK, tooltipOf(robot));
        robot.clickOn(check);
        assertEquals("", robot.lookup("#check-result").queryLabeled().getText());

        robot.interact(() -> doc.execute(new SetProperties(EnumSet.of(Property.NO_LEAK))));
        assertFalse(check.isDisabled());
        assertEquals("Check the scenario with TLC", tooltipOf(robot));

        robot.interact(() -> doc.execute(new SetProperties(EnumSet.noneOf(Property.class))));
        assertTrue(check.isDisabled());
        assertEquals(CheckSession.NOTHING_TO_CHECK, tooltipOf(robot));
    }
}

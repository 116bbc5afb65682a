package lifeline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;
import lifeline.io.Examples;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The main window opens on a built-in example, with every menu. */
@WindowTest
class MainWindowTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        new LifelineApp().start(stage);
    }

    @Test
    void opensOnABuiltInExample(FxRobot robot) {
        assertTrue(stage.getTitle().startsWith(LifelineApp.FIRST_EXAMPLE), stage.getTitle());
        Label validity = robot.lookup(".status-validity").queryAs(Label.class);
        assertEquals("valid", validity.getText());
    }

    @Test
    void theExamplesMenuListsEveryExample(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Menu examples = bar.getMenus().stream().filter(m -> m.getText().contains("xamples")).findFirst()
                .orElseThrow();
        assertEquals(Examples.names().size(), examples.getItems().size());
    }
}

package lifeline.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import lifeline.edit.ConnectionRules;
import lifeline.model.DriverFile;
import lifeline.model.FdLink;
import lifeline.model.Scenario;
import lifeline.model.Watch;
import lifeline.ui.WindowTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.testfx.framework.junit5.Start;

/** Dragging from a card's handle to another card connects them, or shows why the kernel would refuse. */
@WindowTest
class ConnectGestureTest {
    private final CanvasFixture fx = new CanvasFixture();

    @Start
    void start(Stage stage) {
        fx.start(stage);
    }

    @BeforeEach
    void open(FxRobot robot) {
        fx.open(robot, CanvasFixture.loose());
    }

    @Test
    void aDragFromAProcessToAFileMakesFdThree(FxRobot robot) {
        fx.connect(robot, "P3", "F1");
        assertTrue(fx.doc.current().fds().contains(new FdLink("P3", 3, "F1")), fx.doc.current().fds().toString());
        assertEquals("fd 3", edgeLabel(robot, "#edge-fd-P3-F1"));
    }

    @Test
    void aDragFromAnEpollToAPollableFileMakesAWatch(FxRobot robot) {
        fx.connect(robot, "E1", "F1");
        assertTrue(fx.doc.current().watches().contains(new Watch("E1", "F1")));
        assertEquals("watch", edgeLabel(robot, "#edge-watch-E1-F1"));
    }

    @Test
    void aDragFromADriverFileToADeviceOpensItOnTheDevice(FxRobot robot) {
        fx.connect(robot, "F2", "D1");
        DriverFile f = (DriverFile) fx.doc.current().file("F2").orElseThrow();
        assertEquals("D1", f.driver().device());
        assertEquals("opened on", edgeLabel(robot, "#edge-opened-on-F2-D1"));
    }

    @Test
    void aDragFromAHookToAProcessHooksItsClose(FxRobot robot) {
        fx.connect(robot, "H1", "P1");
        assertEquals("P1", fx.doc.current().hooks().get(0).process());
        assertEquals("wraps close", edgeLabel(robot, "#edge-hook-H1-P1"));
    }

    @Test
    void aSecondFdOnTheSameFileSharesTheLine(FxRobot robot) {
        fx.connect(robot, "P1", "F1");
        assertTrue(fx.doc.current().fds().contains(new FdLink("P1", 7, "F1")));
        assertEquals("fd 3, 7", edgeLabel(robot, "#edge-fd-P1-F1"));
    }

    static Stream<Arguments> refused() {
        return Stream.of(Arguments.of("E1", "F2", "EPERM"), Arguments.of("E1", "E2", "ELOOP"),
                Arguments.of("D1", "P1", "No edge"), Arguments.of("P2", "H1", "No edge"));
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @MethodSource("refused")
    void aRefusedConnectionCreatesNothingAndSaysWhyWhereItWasTried(String from, String to, String errno,
                                                                      FxRobot robot) {
        Scenario before = fx.doc.current();
        String expected = ConnectionRules.refusal(before, from, to).orElseThrow();
        assertTrue(expected.contains(errno), expected);
        fx.connect(robot, from, to);
        assertEquals(before, fx.doc.current());
        assertFalse(fx.doc.canUndoProperty().get(), "a refused connection leaves no undo step");
        Label toast = robot.lookup("#refusal-toast").queryAs(Label.class);
        assertTrue(toast.isVisible());
        assertEquals(expected, toast.getText());
        assertEquals(expected, fx.doc.statusProperty().get());
        Node target = fx.card(robot, to);
        assertTrue(near(toast, target), "the refusal shows where the connection was dropped");
    }

    @Test
    void anEpollsWatchDroppedOnTheEpollItselfIsRefusedWithEloopReplacingAnOlderRefusal(FxRobot robot) {
        fx.connect(robot, "E1", "F2");
        assertTrue(fx.doc.statusProperty().get().startsWith("EPERM"), fx.doc.statusProperty().get());
        Scenario before = fx.doc.current();
        robot.interact(() -> fx.doc.selection().select("E1")); // a selected card shows its handle
        robot.moveTo(fx.card(robot, "E1"));
        robot.drag(fx.handle(robot, "E1"));
        robot.moveBy(-30, 90); // off the card first (a drag from the handle starts on it), not to an edge
        robot.moveTo(fx.card(robot, "E1"));
        assertTrue(fx.card(robot, "E1").getPseudoClassStates().contains(PseudoClass.getPseudoClass("connect-bad")));
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, fx.doc.current());
        String status = fx.doc.statusProperty().get();
        assertTrue(status.startsWith("ELOOP") && status.contains("cannot watch itself"), status);
        assertEquals(status, robot.lookup("#refusal-toast").queryAs(Label.class).getText());
    }

    @Test
    void aDragThatEndsOnTheCardItStartedFromWithoutLeavingItMakesNothing(FxRobot robot) {
        String status = fx.doc.statusProperty().get();
        Scenario before = fx.doc.current();
        robot.moveTo(fx.card(robot, "E1"));
        robot.drag(fx.handle(robot, "E1"));
        robot.moveBy(-20, 0);
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, fx.doc.current());
        assertEquals(status, fx.doc.statusProperty().get());
    }

    @Test
    void whileDraggingTheTargetShowsWhetherTheEdgeIsLegal(FxRobot robot) {
        robot.moveTo(fx.card(robot, "E1"));
        robot.drag(fx.handle(robot, "E1"));
        robot.moveTo(fx.card(robot, "F1"));
        assertTrue(fx.card(robot, "F1").getPseudoClassStates().contains(PseudoClass.getPseudoClass("connect-ok")));
        assertEquals("watch", robot.lookup("#connect-hint").queryAs(Label.class).getText());
        robot.moveTo(fx.card(robot, "F2"));
        assertFalse(fx.card(robot, "F1").getPseudoClassStates().contains(PseudoClass.getPseudoClass("connect-ok")));
        assertTrue(fx.card(robot, "F2").getPseudoClassStates().contains(PseudoClass.getPseudoClass("connect-bad")));
        assertTrue(robot.lookup("#connect-hint").queryAs(Label.class).getText().startsWith("EPERM"));
        assertNotNull(robot.lookup(".connect-line").query());
        robot.release(MouseButton.PRIMARY);
        assertTrue(robot.lookup(".connect-line").queryAll().isEmpty(), "the rubber line goes with the release");
        assertFalse(robot.lookup("#connect-hint").query().isVisible());
    }

    @Test
    void escapeCancelsAConnection(FxRobot robot) {
        Scenario before = fx.doc.current();
        robot.moveTo(fx.card(robot, "P3"));
        robot.drag(fx.handle(robot, "P3"));
        robot.moveTo(fx.card(robot, "F1"));
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        robot.release(MouseButton.PRIMARY);
        assertEquals(before, fx.doc.current());
        assertFalse(fx.card(robot, "F1").getPseudoClassStates().contains(PseudoClass.getPseudoClass("connect-ok")));
    }

    private static String edgeLabel(FxRobot robot, String id) {
        return robot.lookup(id + "-label .edge-label-text").queryAs(javafx.scene.text.Text.class).getText();
    }

    /** Whether the toast lies within a few pixels of the target's centre, where the pointer let go. */
    private static boolean near(Node toast, Node target) {
        var a = toast.localToScreen(toast.getBoundsInLocal());
        var b = target.localToScreen(target.getBoundsInLocal());
        double dx = Math.max(0, Math.max(a.getMinX() - b.getCenterX(), b.getCenterX() - a.getMaxX()));
        double dy = Math.max(0, Math.max(a.getMinY() - b.getCenterY(), b.getCenterY() - a.getMaxY()));
        return Math.hypot(dx, dy) < 40;
    }
}

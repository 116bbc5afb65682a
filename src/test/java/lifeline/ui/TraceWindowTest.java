package lifeline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import lifeline.io.Examples;
import lifeline.io.ScenarioFiles;
import lifeline.model.Scenario;
import lifeline.trace.StepPicture;
import lifeline.ui.canvas.skin.NodeSkin;
import lifeline.ui.check.CheckDock;
import lifeline.ui.check.CheckStatus;
import lifeline.ui.files.AppHarness;
import lifeline.ui.trace.StepPosition;
import lifeline.ui.trace.TracePlayer;
import lifeline.ui.trace.TransportBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window at its opening size on seed 001 through its trace: the cards keep their size and stay whole
 * in view, the focus stays with the player, the verdict goes with the document, Export trace needs a trace, and
 * the transport bar is whole on a violation of several and through seed 000's 20 steps.
 */
@WindowTest
class TraceWindowTest {
    @TempDir
    Path dir;
    private AppHarness app;

    @Start
    void start(Stage stage) {
        app = new AppHarness(stage, dir.resolve("settings.properties"));
    }

    @AfterEach
    void settle() {
        app.settle();
    }

    private CheckDock dock() {
        return app.window.checks();
    }

    private Map<String, double[]> cardSizes() {
        Map<String, double[]> out = new HashMap<>();
        for (lifeline.model.Node n : app.doc.current().nodes()) {
            NodeSkin<?, ?> k = app.window.canvas().skin(n.id()).orElseThrow();
            out.put(n.id(), new double[] {k.getWidth(), k.getHeight(), k.handleCentre().getX(),
                k.handleCentre().getY()});
        }
        return out;
    }

    /** One app and one check for both: the canvas through the trace, then the inspector and the status bar. */
    @Test
    void atTheOpeningSizeTheExampleTheInspectorAndTheStatusBarLieInsideTheWindowThroughItsTrace(FxRobot robot)
            throws Exception {
        assertEquals(LifelineApp.WIDTH, app.stage.getScene().getWidth());
        assertEquals(LifelineApp.HEIGHT, app.stage.getScene().getHeight());
        Map<String, double[]> editing = cardSizes();
        app.checkWithF5(robot);
        assertEquals(CheckStatus.VIOLATION, dock().session().statusProperty().get());
        Node view = robot.lookup("#canvas-viewport").query();
        Bounds inView = view.localToScreen(view.getLayoutBounds());
        for (int i = 0; i < dock().player().size(); i++) {
            int step = i;
            AppHarness.onFx(() -> dock().player().select(step));
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(dock().stepPictureProperty().get() != StepPicture.NONE);
            Map<String, double[]> shown = cardSizes();
            for (String id : editing.keySet()) {
                assertTrue(java.util.Arrays.equals(editing.get(id), shown.get(id)),
                        id + " at step " + (step + 1) + ": size and handle as while editing");
                Node card = robot.lookup("#node-" + id).query();
                Bounds whole = card.localToScreen(card.getBoundsInLocal()); // the card with its callout
                assertTrue(inView.contains(whole), id + " whole in view at step " + (step + 1) + ": " + whole
                        + " in " + inView);
            }
        }
        inspectorAndStatusBarLieInsideTheWindow(robot);
    }

    /** With a file selected while the trace is shown, its editor's fields and the zoom lie inside the window. */
    private void inspectorAndStatusBarLieInsideTheWindow(FxRobot robot) {
        AppHarness.onFx(() -> app.doc.selection().select("F1"));
        WaitForAsyncUtils.waitForFxEvents();
        double width = app.stage.getScene().getWidth();
        Node inspector = robot.lookup(".inspector").query();
        java.util.List<Node> fields = new java.util.ArrayList<>(robot.lookup(".inspector .text-field").queryAll());
        fields.addAll(robot.lookup(".inspector .combo-box").queryAll());
        assertTrue(fields.size() >= 3, "the file's editor shows its fields: " + fields.size());
        for (Node n : fields) {
            Bounds b = n.localToScene(n.getLayoutBounds());
            assertTrue(b.getMinX() >= 0 && b.getMaxX() <= width, n + " lies inside the window: " + b + ", the"
                    + " inspector at " + inspector.localToScene(inspector.getLayoutBounds()));
        }
        Node zoom = robot.lookup(".status-zoom").query();
        assertTrue(zoom.localToScene(zoom.getLayoutBounds()).getMaxX() <= width, "the zoom in the status bar");
    }

    @Test
    void theFocusStaysWithThePlayerWhenNextChangeGreysOut(FxRobot robot) throws Exception {
        app.checkWithF5(robot);
        String title = app.doc.current().title();
        AppHarness.onFx(() -> {
            dock().player().first();
            dock().showTab("State");
        });
        robot.clickOn(app.centreOf("#node-E1")).clickOn(app.centreOf("#node-P1")); // P1 was selected: choose it anew
        Button next = robot.lookup("#next-change").queryAs(Button.class);
        for (String id : List.of("#previous-change", "#next-change")) { // at the opening size, the words whole
            Button b = robot.lookup(id).queryAs(Button.class);
            assertEquals(b.getText(), drawn(b), id + " is cut short");
        }
        Label filter = robot.lookup(".state-panel .choice-box .label").queryAs(Label.class);
        assertEquals(filter.getText(), drawn(filter), "the objects' filter is cut short");
        for (int i = 0; i < 20 && !next.isDisabled(); i++) {
            robot.clickOn(next);
        }
        assertTrue(next.isDisabled(), "the last change of the process reached");
        Node owner = app.stage.getScene().getFocusOwner();
        assertNotNull(owner);
        assertFalse(owner instanceof TextInputControl, "focus went to " + owner);
        assertTrue(AppHarness.inside(owner, dock()), "the focus stays in the player: " + owner);
        int at = dock().player().selectedIndexProperty().get();
        robot.type(KeyCode.HOME);
        assertEquals(0, dock().player().selectedIndexProperty().get(), "Home still steps the trace");
        robot.type(KeyCode.X, KeyCode.Y);
        assertEquals(title, app.doc.current().title(), "typing renames nothing");
        assertFalse(app.doc.dirtyProperty().get());
        assertTrue(at > 0);
    }

    @Test
    void newOpenAndAnExampleClearTheVerdictAndTheTrace(FxRobot robot) throws Exception {
        app.checkWithF5(robot);
        AppHarness.onFx(() -> app.files().newDocument());
        assertCleared();

        AppHarness.onFx(() -> app.files().openExample(LifelineApp.FIRST_EXAMPLE));
        app.checkWithF5(robot);
        assertEquals(CheckStatus.VIOLATION, dock().session().statusProperty().get());
        AppHarness.onFx(() -> app.files().openExample("seed000-binder-leak"));
        assertCleared();

        AppHarness.onFx(() -> app.files().openExample(LifelineApp.FIRST_EXAMPLE));
        app.checkWithF5(robot);
        Path file = dir.resolve("other.lifeline.json");
        ScenarioFiles.write(file, Examples.load("seed002-flush-double-free").orElseThrow());
        app.dialogs.open(file);
        AppHarness.onFx(() -> app.files().open());
        assertCleared();
    }

    private void assertCleared() {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(CheckStatus.NONE, dock().session().statusProperty().get());
        assertEquals(null, dock().session().completedProperty().get());
        assertEquals(0, dock().player().size());
        assertEquals(StepPicture.NONE, dock().stepPictureProperty().get());
        assertTrue(exportButton().isDisabled());
    }

    private MenuButton exportButton() {
        return (MenuButton) app.stage.getScene().lookup("#export-button");
    }

    @Test
    void exportTraceIsEnabledOnlyWithATrace(FxRobot robot) throws Exception {
        assertTrue(exportButton().isDisabled(), "no check yet");
        AppHarness.onFx(() -> app.files().openExample("seed001-epoll-flush-uaf-fixed"));
        app.checkWithF5(robot);
        assertEquals(CheckStatus.PASS, dock().session().statusProperty().get());
        assertTrue(exportButton().isDisabled(), "a pass has no trace");

        AppHarness.onFx(() -> app.files().openExample(LifelineApp.FIRST_EXAMPLE));
        app.checkWithF5(robot);
        assertFalse(exportButton().isDisabled(), "a violation's trace");

        AppHarness.onFx(() -> {
            dock().session().check();
            dock().session().cancel();
        });
        app.awaitCheck();
        assertEquals(CheckStatus.CANCELLED, dock().session().statusProperty().get());
        assertTrue(exportButton().isDisabled(), "a cancelled check has no trace");
    }

    @Test
    void atTheOpeningSizeNoControlIsCutOnAViolationOfSeveral(FxRobot robot) throws Exception {
        Scenario twoBugs = ScenarioFiles.read(Path.of(getClass().getResource(
                "/lifeline/check/two-bugs.lifeline.json").toURI()));
        AppHarness.onFx(() -> app.doc.reset(twoBugs, null, "two-bugs"));
        CheckDock dock = dock();
        AppHarness.onFx(() -> {
            dock.session().everyViolationProperty().set(true);
            dock.session().check();
        });
        app.awaitCheck();
        int n = dock.session().violationsProperty().get().size();
        assertTrue(n >= 2, "two bugs, at least two violations: " + n);
        List<Hyperlink> links = dock.reportView().stepLinks(n);
        AppHarness.onFx(() -> links.get(links.size() - 1).fire());
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(LifelineApp.WIDTH, app.stage.getScene().getWidth());
        TransportBar bar = dock.transport();
        Bounds whole = bar.localToScene(bar.getLayoutBounds());
        assertTrue(whole.getMaxX() <= app.stage.getScene().getWidth(), "the bar lies in the window: " + whole);
        for (Node c : bar.getChildrenUnmodifiable()) {
            Bounds b = c.localToScene(c.getLayoutBounds());
            assertTrue(b.getMinX() >= whole.getMinX() - 0.5 && b.getMaxX() <= whole.getMaxX() + 0.5,
                    c + " lies in the bar: " + b + " in " + whole);
        }
        for (Node t : bar.lookupAll(".text")) {
            String shown = ((Text) t).getText();
            assertFalse(shown.contains("\u2026") || shown.contains("..."), "cut short: " + shown);
        }
        Label position = robot.lookup(".step-position").queryAs(Label.class);
        assertEquals(position.getText(), drawn(position), "the position shown whole");
        String which = "Violation " + n + " of " + n;
        assertTrue(position.getTooltip().getText().startsWith(which), position.getTooltip().getText());
        assertTrue(StepPosition.caption(dock.player()).startsWith(which), "the canvas's step banner says which violation");
    }

    /**
     * Seed 000's 20-step trace at every step, in kernel steps and folded: no part of the window asks for more
     * width than it has (the transport bar's "Step 1 of 20" had pushed the inspector off the window's right
     * edge), and the step's position is never cut; with less room it says less ("13–19/20").
     */
    @Test
    void seed000sTraceFitsTheOpeningWidthAtEveryStep(FxRobot robot) throws Exception {
        robot.interact(() -> app.doc.reset(Examples.load("seed000-binder-leak").orElseThrow(), null,
                "seed000-binder-leak"));
        app.checkWithF5(robot);
        TracePlayer player = app.window.checks().player();
        for (boolean open : new boolean[] {true, false}) {
            robot.interact(() -> player.setOpen(open));
            for (int i = 0; i < player.size(); i++) {
                int step = i;
                double needed = AppHarness.onFx(() -> { // laid out at once: no pulse to wait for per step
                    player.select(step);
                    Parent root = app.stage.getScene().getRoot();
                    root.applyCss();
                    root.layout();
                    return root.minWidth(-1);
                });
                assertTrue(needed <= LifelineApp.WIDTH, "at " + StepPosition.fullPosition(player) + " the window needs "
                        + needed + " px of its " + LifelineApp.WIDTH);
                assertEquals(StepPosition.position(player), drawn(position(robot)), "the whole position at its opening width");
            }
        }
        int widest = player.size() - 2; // folded: "Step 13–19 of 20"
        // The check panel dragged as wide as the player lets it: the position has the least room.
        robot.interact(() -> dock().setDividerPosition(0, 0.6));
        select(robot, player, widest);
        Label position = position(robot);
        assertEquals(position.getText(), drawn(position), "said shorter, never cut");
        assertTrue(drawn(position).endsWith("/20"), drawn(position));
    }

    private static void select(FxRobot robot, TracePlayer player, int index) {
        robot.interact(() -> player.select(index));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Label position(FxRobot robot) {
        return robot.lookup("#transport-position").queryAs(Label.class);
    }

    /** A control's text as drawn: one cut short draws it with an ellipsis. */
    private static String drawn(Labeled control) {
        return ((Text) control.lookup(".text")).getText();
    }
}

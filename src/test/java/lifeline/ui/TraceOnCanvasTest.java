package lifeline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import lifeline.edit.DeleteNodes;
import lifeline.edit.MoveNodes;
import lifeline.model.Position;
import lifeline.trace.ObjectKind;
import lifeline.ui.check.CheckDock;
import lifeline.ui.check.CheckStatus;
import lifeline.ui.files.AppHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The canvas draws the selected step of a trace: the main window on seed 001, checked with F5. */
@WindowTest
class TraceOnCanvasTest {
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

    private void checkWithF5(FxRobot robot) throws Exception {
        app.checkWithF5(robot);
        assertEquals(CheckStatus.VIOLATION, dock().session().statusProperty().get());
        assertTrue(dock().player().size() > 0);
    }

    /** Clicks the step list and waits until it holds the focus ({@link AppHarness#clickToFocus}). */
    private void clickTheStepList(FxRobot robot) throws Exception {
        AppHarness.clickToFocus(robot, app.stage.getScene(), ".step-list", ".step-list");
    }

    private static boolean has(Node n, String pseudoClass) {
        return n.getPseudoClassStates().contains(PseudoClass.getPseudoClass(pseudoClass));
    }

    private static List<Node> marks(FxRobot robot, String card, String tone) {
        return robot.lookup("#node-" + card + " .trace-marks .mark").queryAll().stream()
                .filter(m -> has(m, "tone-" + tone)).toList();
    }

    private static String banner(FxRobot robot) {
        return robot.lookup("#trace-banner").queryAs(javafx.scene.control.Label.class).getText();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Text.class).getText();
    }

    @Test
    void steppingToTheLastStepShowsTheWaitQueueFreedAndHighlighted(FxRobot robot) throws Exception {
        checkWithF5(robot);
        Node file = robot.lookup("#node-F1").query();
        clickTheStepList(robot);
        robot.type(KeyCode.HOME);
        assertFalse(has(file, "fault") || has(file, "freed"), "the first step: nothing freed yet");
        assertEquals("f_count 1", text(robot, "#node-F1 .node-tag"));

        robot.type(KeyCode.END);
        assertEquals(dock().player().size() - 1, dock().player().selectedIndexProperty().get());
        int used = dock().player().indexOfKernelStep(dock().player().story().usedAt().orElseThrow());
        robot.interact(() -> dock().player().select(used));
        assertTrue(has(file, "fault"), "the file of the fault is ringed red");
        List<Node> faults = marks(robot, "F1", "fault");
        assertEquals(List.of("used here: wait queue", "wait queue freed"), faults.stream()
                .map(f -> ((Text) f.lookup(".badge-text")).getText()).toList());
        assertEquals("f_count 0", text(robot, "#node-F1 .node-tag"));
        assertTrue(has(robot.lookup("#node-P1").query(), "active"), "the exiting process moved");
        assertEquals("epitem removed", text(robot, "#edge-watch-E1-F1-label .edge-label-text"));
        assertTrue(has(robot.lookup("#edge-fd-P1-F1").query(), "gone"), "fd 3 is closed");
        assertEquals("fd 3 closed", text(robot, "#edge-fd-P1-F1-label .edge-label-text"));

        int n = dock().player().size();
        assertEquals("Step " + (used + 1) + " of " + n + ": app [300], remove_wait_queue", banner(robot));
        robot.type(KeyCode.LEFT);
        assertFalse(has(file, "fault"), "one step back the fault has not happened");
        assertTrue(banner(robot).startsWith("Step " + used + " of " + n + ": app [300], "), banner(robot));
        robot.type(KeyCode.RIGHT);
        assertTrue(has(file, "fault"));
    }

    @Test
    void atEveryStepTheLinesLabelsCoverNoCardNoCalloutAndNoOtherLabel(FxRobot robot) throws Exception {
        checkWithF5(robot);
        WaitForAsyncUtils.sleep(400, java.util.concurrent.TimeUnit.MILLISECONDS); // the lines are routed
        for (int i = 0; i < dock().player().size(); i++) {
            int step = i;
            robot.interact(() -> dock().player().select(step));
            WaitForAsyncUtils.waitForFxEvents();
            Map<String, java.awt.geom.Rectangle2D> taken = new java.util.LinkedHashMap<>();
            for (lifeline.model.Node n : app.doc.current().nodes()) {
                var k = app.window.canvas().skin(n.id()).orElseThrow();
                taken.put(n.id(), new java.awt.geom.Rectangle2D.Double(k.getLayoutX(), k.getLayoutY(), k.getWidth(),
                        k.getHeight()));
                javafx.geometry.Rectangle2D c = k.callout();
                if (c != null) {
                    taken.put(n.id() + " callout", new java.awt.geom.Rectangle2D.Double(c.getMinX(), c.getMinY(),
                            c.getWidth(), c.getHeight()));
                }
            }
            Map<String, java.awt.geom.Rectangle2D> labels = new java.util.LinkedHashMap<>();
            for (Node l : robot.lookup(".edge-label").queryAll()) {
                if (l.isVisible()) {
                    javafx.geometry.Bounds b = l.getBoundsInParent();
                    labels.put(l.getId(), new java.awt.geom.Rectangle2D.Double(b.getMinX(), b.getMinY(), b.getWidth(),
                            b.getHeight()));
                }
            }
            assertFalse(labels.isEmpty());
            assertEquals(List.of(), lifeline.layout.LayoutGeometry.overlaps(labels, labels), "step " + (i + 1));
            assertEquals(List.of(), lifeline.layout.LayoutGeometry.overlaps(labels, taken), "step " + (i + 1));
        }
    }

    @Test
    void aFoldedStepOpensInPlaceFromTheCanvasBannerAndFoldsBackTheSameWay(FxRobot robot) throws Exception {
        checkWithF5(robot);
        var p = dock().player();
        robot.interact(() -> p.setOpen(false)); // Kernel off: the checked model's steps, each folding its own
        int folded = java.util.stream.IntStream.range(0, p.size()).filter(i -> p.steps().get(i).isFolded())
                .findFirst().orElseThrow();
        int parts = p.steps().get(folded).parts().size();
        int firstKernelStep = p.steps().get(folded).firstNumber();
        int size = p.size();
        robot.interact(() -> p.select(folded));
        Set<String> selected = Set.copyOf(app.doc.selection().ids());
        assertTrue(banner(robot).endsWith("\u25B8 open its " + parts + " kernel steps"), banner(robot));
        robot.clickOn(app.centreOf("#trace-banner"));
        assertEquals(size + parts - 1, p.size(), "the step opened in place into its kernel steps");
        assertEquals(firstKernelStep, p.selectedStepProperty().get().number(), "on its first kernel step");
        assertFalse(p.selectedStepProperty().get().isFolded());
        assertTrue(banner(robot).endsWith("\u25C2 fold"), banner(robot));
        robot.clickOn(app.centreOf("#trace-banner"));
        assertEquals(size, p.size(), "folded back");
        assertTrue(p.selectedStepProperty().get().isFolded());
        assertEquals(selected, app.doc.selection().ids(), "a click on the banner leaves the canvas's selection");
    }

    @Test
    void clickingACardDuringATraceChoosesItsObjectInTheStatePanel(FxRobot robot) throws Exception {
        checkWithF5(robot);
        clickTheStepList(robot);
        robot.type(KeyCode.HOME);
        robot.clickOn(app.centreOf("#node-E1"));
        assertEquals(ObjectKind.FILE, dock().player().selectedObjectProperty().get().kind(),
                String.valueOf(dock().player().selectedObjectProperty().get()));
        robot.clickOn(app.centreOf("#node-P1"));
        assertEquals(ObjectKind.PROCESS, dock().player().selectedObjectProperty().get().kind());
        assertTrue(dock().player().hasNextChange(dock().player().selectedObjectProperty().get()),
                "the process changes later in the trace");
    }

    @Test
    void anEditTakesTheTraceOffTheCanvas(FxRobot robot) throws Exception {
        checkWithF5(robot);
        clickTheStepList(robot);
        robot.type(KeyCode.END);
        Node file = robot.lookup("#node-F1").query();
        assertTrue(has(file, "fault"));
        AppHarness.onFx(() -> app.doc.execute(new MoveNodes(Map.of("P1", new Position(40, 300)))));
        assertTrue(has(file, "fault"), "a move changes nothing TLC checked: the trace stays");
        AppHarness.onFx(() -> app.doc.execute(new DeleteNodes(Set.of("E1"))));
        assertFalse(has(file, "fault"), "the trace no longer belongs to the drawing");
        assertTrue(robot.lookup("#node-F1 .trace-marks .mark").queryAll().isEmpty());
        assertEquals("fd 3", text(robot, "#edge-fd-P1-F1-label .edge-label-text"));
    }
}

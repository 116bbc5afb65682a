package lifeline.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import lifeline.model.Scenario;
import lifeline.ui.document.DocumentModel;
import lifeline.ui.files.AppHarness;
import lifeline.ui.shell.Themes;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An inspector in a window of its own, beside a status line and a button to move the focus to, with the
 * robot's gestures the tests share: scrolling a control into view, typing into a field, choosing an item.
 */
final class InspectorFixture {
    final DocumentModel doc;
    final InspectorView view;
    private final FxRobot robot;

    private InspectorFixture(DocumentModel doc, InspectorView view, FxRobot robot) {
        this.doc = doc;
        this.view = view;
        this.robot = robot;
    }

    /** Shows an inspector on a fresh document holding {@code s}, with an empty history. */
    static DocumentModel start(Stage stage, Scenario s) {
        DocumentModel doc = new DocumentModel(s);
        doc.reset(s, null, "test");
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(doc.statusProperty());
        Button elsewhere = new Button("elsewhere");
        elsewhere.setId("elsewhere");
        InspectorView view = new InspectorView(doc);
        view.setPrefWidth(320);
        BorderPane root = new BorderPane();
        root.setCenter(new VBox(8, elsewhere, status));
        root.setRight(view);
        Scene scene = new Scene(root, 700, 760);
        Themes.apply(scene, false);
        stage.setScene(scene);
        stage.show();
        stage.toFront();
        return doc;
    }

    static InspectorFixture of(FxRobot robot) {
        InspectorView view = robot.lookup(".inspector").queryAs(InspectorView.class);
        return new InspectorFixture(view.model().document(), view, robot);
    }

    void select(String... ids) {
        robot.interact(() -> {
            doc.selection().clear();
            doc.selection().add(java.util.List.of(ids));
        });
    }

    /** A node of the inspector; lookups stay inside it, so ids elsewhere in a window cannot interfere. */
    <T extends Node> T find(String query, Class<T> type) {
        return robot.from(view).lookup(query).queryAs(type);
    }

    /** Scrolls the inspector so that the node is in view, as the user would before clicking it. */
    Node reveal(String query) {
        return reveal(robot.from(view).lookup(query).<Node>query());
    }

    Node reveal(Node n) {
        robot.interact(() -> {
            ScrollPane scroll = find(".inspector-scroll", ScrollPane.class);
            Node content = scroll.getContent();
            Bounds b = content.sceneToLocal(n.localToScene(n.getBoundsInLocal()));
            double free = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            if (free > 0) {
                double top = b.getMinY() - scroll.getViewportBounds().getHeight() / 3;
                scroll.setVvalue(Math.max(0, Math.min(1, top / free)));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        return n;
    }

    void click(String query) {
        robot.clickOn(reveal(query));
    }

    /** Replaces the text of a field by typing, without committing it. */
    void typeInto(String query, String text) {
        robot.clickOn(reveal(query));
        robot.push(KeyCode.CONTROL, KeyCode.A);
        if (text.isEmpty()) {
            robot.type(KeyCode.BACK_SPACE);
        } else {
            robot.write(text);
        }
    }

    /** Types into a field and presses Enter. */
    void enter(String query, String text) {
        typeInto(query, text);
        robot.type(KeyCode.ENTER);
    }

    /** Clicks the link to a node with this name. */
    void clickLink(String name) {
        robot.clickOn(reveal(robot.from(view).lookup(".hyperlink").match((Labeled l) -> name.equals(l.getText()))
                .<Node>query()));
    }

    String text(String query) {
        return find(query, TextInputControl.class).getText();
    }

    /** Opens a drop-down and clicks the item with these words in its pop-up list, which it then shows. */
    void choose(String comboId, String words) {
        pick(comboId, words);
        try { // the click's selection may come a pulse later on a loaded machine
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> AppHarness.onFx(() -> comboText(comboId))
                    .equals(words));
        } catch (TimeoutException e) {
            // the assertion says what it shows
        }
        assertEquals(words, comboText(comboId), "the drop-down shows what was chosen");
    }

    /** Opens a drop-down and clicks the item with these words in its pop-up list (which may be refused). */
    void pick(String comboId, String words) {
        robot.clickOn(reveal("#" + comboId));
        // The drop-down's cells come at a later pulse than the click; on a loaded machine, pulses later.
        Supplier<Optional<Node>> cell = () -> robot.lookup(".list-cell")
                .match((Labeled l) -> words.equals(l.getText()) && l.isVisible() && l.getScene() != view.getScene())
                .tryQuery();
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> cell.get().isPresent());
        } catch (TimeoutException e) {
            throw new AssertionError("no item \"" + words + "\" in the drop-down #" + comboId + " after 5 s", e);
        }
        robot.clickOn(settledCentre(cell.get().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Where a node of a pop-up is on the screen once it stays put for a pulse, read on the FX thread: a
     * drop-down's list may still be placed after its cells show (once on a loaded machine the click meant for
     * "release" left the drop-down on "flush").
     */
    private static Point2D settledCentre(Node n) {
        Point2D last = null;
        for (int i = 0; i < 20; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            Point2D now = AppHarness.centreOf(n);
            if (now.equals(last)) {
                return now;
            }
            last = now;
        }
        return last;
    }

    /** What a drop-down shows: the text of its button cell. */
    String comboText(String comboId) {
        ComboBox<?> box = find("#" + comboId, ComboBox.class);
        return box.lookupAll(".list-cell").stream().filter(n -> n.getParent() == box)
                .map(n -> ((Labeled) n).getText()).findFirst().orElseThrow();
    }

    String status() {
        return robot.lookup("#status").queryAs(Label.class).getText();
    }

    /** One command was run since the fixture started, and undoing it gives back {@code before} exactly. */
    void assertOneUndoableCommand(Scenario before) {
        assertTrue(doc.canUndoProperty().get(), "the change is an undoable command");
        robot.interact(doc::undo);
        assertEquals(before, doc.current(), "undo restores the previous scenario exactly");
        assertFalse(doc.canUndoProperty().get(), "it was one command");
    }
}

package lifeline.ui.canvas;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.stage.Stage;
import lifeline.model.BinderFile;
import lifeline.model.CloseHook;
import lifeline.model.DeviceNode;
import lifeline.model.Driver;
import lifeline.model.DriverFile;
import lifeline.model.EpollFile;
import lifeline.model.FdLink;
import lifeline.model.FreeSite;
import lifeline.model.PathCapture;
import lifeline.model.Position;
import lifeline.model.ProcessNode;
import lifeline.model.Property;
import lifeline.model.ReservedMemory;
import lifeline.model.Scenario;
import lifeline.model.Unplug;
import lifeline.model.Watch;
import lifeline.ui.LifelineApp;
import lifeline.ui.document.DocumentModel;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The real application window, a scenario of every kind to draw, and where its cards are on screen. */
final class CanvasFixture {
    final LifelineApp app = new LifelineApp();
    CanvasView canvas;
    DocumentModel doc;

    void start(Stage stage) {
        app.start(stage);
        canvas = app.window().canvas();
        doc = canvas.document();
    }

    /**
     * Opens a scenario as File > Open would: no history, nothing selected, the view at its top left, arranged
     * (off the FX thread) if it has no positions.
     */
    void open(FxRobot robot, Scenario s) {
        robot.interact(() -> doc.reset(s, null, "test"));
        WaitForAsyncUtils.waitForFxEvents();
        awaitArranged();
    }

    /** Waits until no automatic layout is under way and the one that was is applied. */
    void awaitArranged() {
        try {
            // ELK's first layout in a JVM took 15 to 44 s on this machine at load 45
            WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> !canvas.arrangingProperty().get());
        } catch (TimeoutException e) {
            throw new AssertionError("the automatic layout took over 90 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    Node card(FxRobot robot, String id) {
        return robot.lookup("#node-" + id).query();
    }

    Node handle(FxRobot robot, String id) {
        return robot.lookup("#handle-" + id).query();
    }

    /** The screen point of a world point of the drawing. */
    Point2D screen(FxRobot robot, double wx, double wy) {
        AtomicReference<Point2D> out = new AtomicReference<>();
        robot.interact(() -> {
            Point2D zero = canvas.screenToWorld(0, 0);
            double z = canvas.zoomProperty().get();
            out.set(new Point2D((wx - zero.getX()) * z, (wy - zero.getY()) * z));
        });
        return out.get();
    }

    /** Drags from a card's handle to another card, as a user connects two objects. */
    void connect(FxRobot robot, String from, String to) {
        robot.moveTo(card(robot, from));
        robot.drag(handle(robot, from)).moveTo(card(robot, to)).release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    static Position at(double x, double y) {
        return new Position(x, y);
    }

    static Driver pollable(String name) {
        return new Driver(name, true, FreeSite.RELEASE, FreeSite.NONE, ReservedMemory.NONE, null, false);
    }

    /**
     * Objects of most kinds, spread out and sparsely connected: processes P1 (fds 3-6), P2 (fd 3 on the binder)
     * and P3 (no fds), a pollable file F1, a plain file F2, epolls E1 and E2 (E2 watches E1), a binder B1, a
     * device D1, a close hook H1 on no process.
     */
    static Scenario loose() {
        return new Scenario("loose", "", List.of(
                new ProcessNode("P1", "app", 300, false, List.of(), at(40, 40)),
                new ProcessNode("P2", "other", 301, false, List.of(), at(40, 300)),
                new ProcessNode("P3", "fresh", 302, false, List.of(), at(40, 180))),
                List.of(new DriverFile("F1", "/dev/poll", "P1", pollable("polldrv"), at(340, 40)),
                        new DriverFile("F2", "/dev/plain", "P1", Driver.plain("plain"), at(340, 200)),
                        new EpollFile("E1", "epoll a", "P1", at(560, 40)),
                        new EpollFile("E2", "epoll b", "P1", at(560, 220)),
                        new BinderFile("B1", "/dev/binder", "P2", false, at(340, 380))),
                List.of(new DeviceNode("D1", "usb0", Unplug.NONE, at(560, 400))),
                List.of(new CloseHook("H1", "hook", null, PathCapture.COPY, at(40, 460))), null,
                List.of(new FdLink("P1", 3, "F1"), new FdLink("P1", 4, "F2"), new FdLink("P1", 5, "E1"),
                        new FdLink("P1", 6, "E2"), new FdLink("P2", 3, "B1")),
                List.of(new Watch("E2", "E1")), Property.defaults());
    }
}

package lifeline.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import lifeline.edit.Connect;
import lifeline.edit.MoveNodes;
import lifeline.edit.MoveOperation;
import lifeline.edit.SetOrder;
import lifeline.model.BinderFile;
import lifeline.model.CloseHook;
import lifeline.model.DeviceNode;
import lifeline.model.Driver;
import lifeline.model.DriverFile;
import lifeline.model.EpollFile;
import lifeline.model.FdLink;
import lifeline.model.FputBalance;
import lifeline.model.FreeSite;
import lifeline.model.Operation;
import lifeline.model.OperationOrder;
import lifeline.model.PathCapture;
import lifeline.model.Position;
import lifeline.model.ProcessNode;
import lifeline.model.Property;
import lifeline.model.ReservedMemory;
import lifeline.model.Scenario;
import lifeline.model.Unplug;
import lifeline.model.Watch;
import lifeline.model.WorkqueueThread;
import lifeline.trace.Mark;
import lifeline.trace.NodePicture;
import lifeline.trace.StepPicture;
import lifeline.ui.WindowTest;
import lifeline.ui.canvas.skin.NodeSkin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Each kind's card shows what matters at a glance, and cards are kept, not rebuilt, across edits. */
@WindowTest
class CardsTest {
    private final CanvasFixture fx = new CanvasFixture();

    @Start
    void start(Stage stage) {
        fx.start(stage);
    }

    static Scenario everyKind() {
        Position o = Position.ORIGIN;
        return new Scenario("every kind", "", List.of(
                new ProcessNode("P1", "app", 300, true, List.of(new Operation.Close(3),
                        new Operation.Ioctl(4, FputBalance.values()[0])), new Position(40, 40)),
                new ProcessNode("P2", "child", 301, false, List.of(), new Position(40, 300))),
                List.of(new DriverFile("F1", "/locust/a", "P1", new Driver("locust", true, FreeSite.FLUSH,
                                FreeSite.FLUSH, ReservedMemory.CURRENT_TGID, "D1", false), new Position(320, 40)),
                        new DriverFile("F2", "/dev/ok", "P2", new Driver("okdrv", true, FreeSite.RELEASE,
                                FreeSite.RELEASE, ReservedMemory.FILE_RECORD, "D1", true), new Position(320, 240)),
                        new EpollFile("E1", "epoll", "P1", new Position(560, 40)),
                        new BinderFile("B1", "/dev/binder", "P2", true, new Position(320, 420))),
                List.of(new DeviceNode("D1", "usb0", Unplug.KFREE, new Position(560, 260)),
                        new DeviceNode("D2", "usb1", Unplug.KREF_PUT, new Position(560, 400))),
                List.of(new CloseHook("H1", "hook", "P1", PathCapture.POINTER, new Position(40, 480)),
                        new CloseHook("H2", "hook fixed", null, PathCapture.COPY, new Position(40, 580))),
                new WorkqueueThread("K", "kworker", 2, new Position(560, 540)),
                List.of(new FdLink("P1", 3, "F1"), new FdLink("P1", 4, "F1"), new FdLink("P1", 5, "E1"),
                        new FdLink("P2", 3, "F1"), new FdLink("P2", 4, "F2"), new FdLink("P2", 5, "B1")),
                List.of(new Watch("E1", "F1"), new Watch("E1", "F2")), Property.defaults());
    }

    @BeforeEach
    void open(FxRobot robot) {
        fx.open(robot, everyKind());
    }

    /** The texts of the Labels and Texts a query finds, in scene order. */
    private List<String> texts(FxRobot robot, String query) {
        return robot.lookup(query).queryAll().stream().map(CardsTest::textOf).collect(Collectors.toList());
    }

    private String text(FxRobot robot, String query) {
        return textOf(robot.lookup(query).query());
    }

    /** The text of a Label, a Text, or a badge (a pane around a Text). */
    private static String textOf(Node n) {
        if (n instanceof Label) {
            return ((Label) n).getText();
        } else if (n instanceof Text) {
            return ((Text) n).getText();
        }
        return textOf(((javafx.scene.Parent) n).getChildrenUnmodifiable().get(0));
    }

    @Test
    void aProcessShowsItsTgidWhetherItExitsFilesStructCountAndOperations(FxRobot robot) {
        assertEquals("app", text(robot, "#node-P1 .node-name"));
        assertEquals("tgid 300", text(robot, "#node-P1 .node-tag"));
        assertTrue(texts(robot, "#node-P1 .badge").containsAll(List.of("exits", "files_struct.count 1")));
        assertTrue(texts(robot, "#node-P2 .badge").containsAll(List.of("keeps running", "files_struct.count 2")),
                "the binder mapping holds the child's files_struct");
        assertEquals(List.of("close(3)", "ioctl(4, " + FputBalance.values()[0].label() + ")"),
                texts(robot, "#node-P1 .node-operation"));
    }

    @Test
    void aProcessInProgramOrderNumbersItsOperationsAndOneInAnyOrderSaysSo(FxRobot robot) {
        assertEquals(List.of("any order:"), texts(robot, "#node-P1 .node-order"));
        robot.interact(() -> fx.doc.execute(new SetOrder("P1", OperationOrder.PROGRAM)));
        robot.interact(() -> fx.doc.execute(new MoveOperation("P1", 1, 0)));
        assertEquals(List.of("1 ioctl(4, " + FputBalance.values()[0].label() + ")", "2 close(3)"),
                texts(robot, "#node-P1 .node-operation"));
        assertEquals(List.of(), texts(robot, "#node-P1 .node-order"));
    }

    @Test
    void aFileShowsItsCountDriverAndWhereItFreesThingsInWarningOrOkColours(FxRobot robot) {
        assertEquals("f_count 3", text(robot, "#node-F1 .node-tag"));
        assertTrue(texts(robot, "#node-F1 .node-line").get(0).startsWith("driver locust"));
        assertEquals(List.of("wq: flush", "priv: flush", "mem: frees current->tgid", "open: no kref_get"),
                texts(robot, "#node-F1 .badge-warn"));
        assertEquals(List.of("wq: release", "priv: release", "mem: frees file's record", "open: kref_get"),
                texts(robot, "#node-F2 .badge-ok"));
        assertTrue(texts(robot, "#node-F1 .badge-info").contains("pollable"));
    }

    @Test
    void theOtherKindsShowTheirCounts(FxRobot robot) {
        assertEquals("f_count 1", text(robot, "#node-E1 .node-tag"));
        assertTrue(texts(robot, "#node-E1 .badge").contains("2 watches"));
        assertEquals("f_count 2", text(robot, "#node-B1 .node-tag"), "fd 5 and the mapping's vm_file");
        assertTrue(texts(robot, "#node-B1 .badge").get(0).startsWith("mmapped"));
        assertEquals("kref 2", text(robot, "#node-D1 .node-tag"), "probe, and F2's open took a reference");
        assertEquals(List.of("unplug: kfree"), texts(robot, "#node-D1 .badge-warn"));
        assertEquals(List.of("unplug: kref_put"), texts(robot, "#node-D2 .badge-ok"));
        assertEquals(List.of("capture: &f_path"), texts(robot, "#node-H1 .badge-warn"));
        assertEquals(List.of("capture: copy"), texts(robot, "#node-H2 .badge-ok"));
        assertEquals("tgid 2", text(robot, "#node-K .node-tag"));
    }

    @Test
    void eachKindHasItsOwnLookAndAConnectionHandle(FxRobot robot) {
        Map<String, String> looks = Map.of("P1", "process-skin", "F1", "file-skin", "E1", "epoll-skin",
                "B1", "binder-skin", "D1", "device-skin", "H1", "hook-skin", "K", "kworker-skin");
        looks.forEach((id, style) -> {
            assertTrue(fx.card(robot, id).getStyleClass().contains(style), id);
            assertEquals(1, robot.lookup("#handle-" + id).queryAll().size(), id);
        });
    }

    @Test
    void linesCarryTheirFdNumbersAndKinds(FxRobot robot) {
        assertEquals("fd 3, 4", text(robot, "#edge-fd-P1-F1-label"), "dup'd fds share one line");
        assertEquals("fd 3", text(robot, "#edge-fd-P2-F1-label"), "the fork's fd has its own");
        assertEquals("watch", text(robot, "#edge-watch-E1-F2-label"));
        Node forgot = robot.lookup("#edge-opened-on-F1-D1").query();
        assertEquals("opened on", text(robot, "#edge-opened-on-F1-D1-label"));
        assertTrue(forgot.getPseudoClassStates().contains(PseudoClass.getPseudoClass("warn")),
                "an open that forgot its kref_get");
        assertEquals("opened on", text(robot, "#edge-opened-on-F2-D1-label"));
        assertEquals("wraps close", text(robot, "#edge-hook-H1-P1-label"));
    }

    @Test
    void editsUpdateTheCardsTheyTouchAndKeepTheOthers(FxRobot robot) {
        Node p2 = fx.card(robot, "P2");
        Node e1 = fx.card(robot, "E1");
        Text f2Count = robot.lookup("#node-F2 .node-tag").queryAs(Text.class);
        robot.interact(() -> fx.doc.execute(new MoveNodes(Map.of("P1", new Position(80, 80)))));
        robot.interact(() -> fx.doc.execute(Connect.fd(fx.doc.current(), "P1", "F2", 9)));
        assertSame(p2, fx.card(robot, "P2"));
        assertSame(e1, fx.card(robot, "E1"));
        assertEquals(80, fx.card(robot, "P1").getLayoutX());
        assertEquals("f_count 2", f2Count.getText(), "the same label, updated");
        assertEquals("fd 9", text(robot, "#edge-fd-P1-F2-label"));
        robot.interact(() -> fx.doc.execute(new lifeline.edit.DeleteNodes(Set.of("E1"))));
        assertTrue(robot.lookup("#node-E1").queryAll().isEmpty());
        assertTrue(robot.lookup("#edge-watch-E1-F1").queryAll().isEmpty());
        robot.interact(fx.doc::undo);
        assertNotSame(e1, fx.card(robot, "E1"), "an undone delete draws the card anew");
    }

    @Test
    void aStepOfATraceShowsOnTheCardsAndGoesAwayAgain(FxRobot robot) {
        NodeSkin<?, ?> f1 = fx.canvas.skin("F1").orElseThrow();
        String editingTag = text(robot, "#node-F1 .node-tag");
        NodePicture freed = new NodePicture(new Mark("f_count 0", Mark.Tone.CHANGED),
                List.of(new Mark("wait queue freed", Mark.Tone.FAULT)), true, true, false);
        robot.interact(() -> fx.canvas.showStep(new StepPicture(Map.of("F1", freed),
                Set.of(new FdLink("P1", 4, "F1"), new FdLink("P2", 3, "F1")), Set.of(new Watch("E1", "F1"))),
                "Step 3 of 3: app [300], remove_wait_queue"));
        assertEquals("Step 3 of 3: app [300], remove_wait_queue", robot.lookup("#trace-banner").queryAs(Label.class).getText());
        Label banner = robot.lookup("#trace-banner").queryAs(Label.class);
        assertTrue(banner.isVisible() && banner.getWidth() > 100, "shown, and wide enough for its text");
        assertTrue(f1.getPseudoClassStates().contains(PseudoClass.getPseudoClass("freed")));
        assertTrue(f1.getPseudoClassStates().contains(PseudoClass.getPseudoClass("fault")));
        assertEquals("f_count 0", text(robot, "#node-F1 .node-tag"));
        assertEquals(List.of("wait queue freed"), texts(robot, "#node-F1 .trace-marks .mark"));
        assertEquals("fd 3 open, 4 closed", text(robot, "#edge-fd-P1-F1-label"), "a dup half closed");
        assertEquals("fd 3 closed", text(robot, "#edge-fd-P2-F1-label"));
        assertTrue(gone(robot, "#edge-fd-P2-F1") && !gone(robot, "#edge-fd-P1-F1"));
        assertEquals("epitem removed", text(robot, "#edge-watch-E1-F1-label"));
        assertTrue(gone(robot, "#edge-watch-E1-F1") && !gone(robot, "#edge-watch-E1-F2"));
        robot.interact(() -> fx.canvas.showStep(StepPicture.NONE, ""));
        assertFalse(robot.lookup("#trace-banner").query().isVisible());
        assertFalse(f1.getPseudoClassStates().contains(PseudoClass.getPseudoClass("freed")));
        assertEquals(NodePicture.NONE, f1.overlay());
        assertEquals(editingTag, text(robot, "#node-F1 .node-tag"));
        assertTrue(texts(robot, "#node-F1 .trace-marks .mark").isEmpty());
        assertEquals("fd 3, 4", text(robot, "#edge-fd-P1-F1-label"));
        assertEquals("watch", text(robot, "#edge-watch-E1-F1-label"));
        assertFalse(gone(robot, "#edge-watch-E1-F1"));
    }

    private static boolean gone(FxRobot robot, String query) {
        return robot.lookup(query).query().getPseudoClassStates().contains(PseudoClass.getPseudoClass("gone"));
    }
}

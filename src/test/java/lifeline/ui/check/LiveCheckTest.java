package lifeline.ui.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import lifeline.check.CheckResult;
import lifeline.check.TlcFixture;
import lifeline.edit.EditCommand;
import lifeline.edit.Rename;
import lifeline.ui.WindowTest;
import lifeline.ui.canvas.CanvasView;
import lifeline.ui.document.DocumentModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Check as you edit against real TLC in a real window: the canvas with the verdict badge over it and the check
 * dock below, as the main window has them. It counts this JVM's TLC processes: the classes of a test JVM
 * run one after another (no parallel mode), so they are all its own.
 */
@WindowTest
class LiveCheckTest {
    private static final String SEED = "seed001-epoll-flush-uaf";

    @TempDir
    static Path dir;

    private DocumentModel doc;
    private CheckDock dock;
    private int opened;
    private final Set<Long> before = ProcessHandle.current().descendants().map(ProcessHandle::pid)
            .collect(Collectors.toSet());

    @Start
    void start(Stage stage) {
        doc = CheckKit.document(SEED);
        dock = new CheckDock(doc, CheckKit.services(dir, new FxUiExecutor(), new CheckKit.ScriptedDialog()));
        StackPane canvasHolder = new StackPane(new CanvasView(doc));
        new VerdictBadge(dock.session().live(), () -> opened++).placeOver(canvasHolder);
        BorderPane window = new BorderPane(canvasHolder);
        window.setBottom(dock);
        // A loaded machine must not turn checking as you edit off, except where a test sets the limit.
        dock.session().setPreferences(CheckPreferences.defaults().withLiveLimitMs(CheckPreferences.MAX_LIVE_LIMIT_MS));
        stage.setScene(CheckKit.themed(new Scene(window, 1200, 780)));
        stage.show();
    }

    @AfterEach
    void noTlcIsLeft() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> tlcProcesses().isEmpty());
    }

    /**
     * The processes started since the test began: its TLC processes. (A class run earlier in the same test
     * JVM may have left the application's TLC child started ahead for its next check, waiting.)
     */
    private List<ProcessHandle> tlcProcesses() {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                .filter(p -> !before.contains(p.pid())).toList();
    }

    private LiveVerdict verdict() {
        return dock.session().live().verdictProperty().get();
    }

    private void waitForVerdict(LiveVerdict.State state) throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> verdict().state() != LiveVerdict.State.CHECKING);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(state, verdict().state(), verdict().detail());
    }

    private static Button badge(FxRobot robot) {
        return robot.lookup("#verdict-badge").queryButton();
    }

    /** The edit of the fix that Lifeline advises for seed 001, found by a check outside the window. */
    private static EditCommand fixOfSeed001() {
        CheckResult r = TlcFixture.check(CheckKit.document(SEED).current());
        return r.fix().orElseThrow().command();
    }

    @Test
    void theFixesEditTurnsTheBadgeToPassWithoutPressingCheck(FxRobot robot) throws Exception {
        EditCommand fix = fixOfSeed001();
        assertFalse(badge(robot).isVisible(), "nothing checked yet, nothing to say");
        robot.interact(() -> doc.execute(fix));
        assertEquals(LiveVerdict.State.CHECKING, verdict().state(), "the badge says it is checking at once");
        waitForVerdict(LiveVerdict.State.PASS);
        assertEquals("\u2713 No violation", badge(robot).getText());
        assertTrue(badge(robot).isVisible());
        assertEquals(CheckStatus.NONE, dock.session().statusProperty().get(), "Check was never pressed");

        robot.interact(doc::undo);
        waitForVerdict(LiveVerdict.State.VIOLATION);
        assertEquals("\u2717 NoUseAfterFree violated", badge(robot).getText());
        assertTrue(badge(robot).getTooltip().getText().startsWith("BUG: KASAN: use-after-free in remove_wait_queue"),
                badge(robot).getTooltip().getText());

        robot.interact(doc::redo);
        assertEquals(LiveVerdict.State.PASS, verdict().state(), "the fix's drawing was checked: its verdict at once");
        assertEquals("\u2713 No violation", badge(robot).getText());
        assertTrue(badge(robot).getTooltip().getText().endsWith("so TLC did not run again.)"),
                badge(robot).getTooltip().getText());
    }

    @Test
    void quickEditsEndInOneVerdictAndNoTlcProcess(FxRobot robot) throws Exception {
        EditCommand fix = fixOfSeed001();
        List<LiveVerdict.State> shown = new ArrayList<>();
        robot.interact(() -> dock.session().live().verdictProperty().addListener((o, a, v) -> shown.add(v.state())));
        Set<Long> tlcSeen = new HashSet<>();
        int beforeLast = 0;
        // Five edits, each long enough after the last for its check to start TLC, which the next edit cancels.
        for (int i = 0; i < 5; i++) {
            beforeLast = shown.size();
            robot.interact(i % 2 == 0 ? () -> doc.execute(fix) : doc::undo);
            long until = System.nanoTime() + 450_000_000L;
            while (System.nanoTime() < until) {
                tlcProcesses().forEach(p -> tlcSeen.add(p.pid()));
                Thread.sleep(10);
            }
        }
        waitForVerdict(LiveVerdict.State.PASS);
        assertFalse(tlcSeen.isEmpty(), "the checks cancelled by the next edit had started TLC");
        assertEquals(List.of(LiveVerdict.State.PASS), shown.subList(beforeLast, shown.size()).stream()
                .filter(s -> s != LiveVerdict.State.CHECKING).toList(), "one verdict after the last edit: " + shown);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> tlcProcesses().isEmpty());
        for (long pid : tlcSeen) {
            assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "TLC " + pid + " is gone");
        }
    }

    @Test
    void aCheckOverTheLimitTurnsCheckingAsYouEditOffAndSaysSo(FxRobot robot) throws Exception {
        robot.interact(() -> dock.session().setPreferences(CheckPreferences.defaults()
                .withLiveLimitMs(CheckPreferences.MIN_LIVE_LIMIT_MS)));
        robot.interact(() -> doc.execute(new Rename("P1", "app2")));
        waitForVerdict(LiveVerdict.State.TOO_BIG);
        assertEquals("Too big to check as you edit", badge(robot).getText());
        assertFalse(dock.session().live().enabledProperty().get());
        assertFalse(robot.lookup("#check-as-you-edit").queryAs(CheckBox.class).isSelected());
        assertTrue(doc.statusProperty().get().startsWith("Check as you edit is off for this scenario: its check "
                + "takes longer than 0.1 s"), doc.statusProperty().get());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> tlcProcesses().isEmpty());

        robot.interact(() -> doc.execute(new Rename("P1", "app3")));
        assertEquals(LiveVerdict.State.TOO_BIG, verdict().state(), "no check after it turned off");
        assertTrue(tlcProcesses().isEmpty());
    }

    /**
     * Check's time counts against the limit only for a check the badge makes: with every violation, TLC goes
     * on through the whole state space, which checking as you edit never does.
     */
    @Test
    void onlyACheckLikeTheBadgesTurnsCheckingAsYouEditOffForItsTime(FxRobot robot) throws Exception {
        robot.interact(() -> dock.session().setPreferences(CheckPreferences.defaults()
                .withLiveLimitMs(CheckPreferences.MIN_LIVE_LIMIT_MS)));
        robot.clickOn("#check-every");
        pressCheck(robot);
        assertTrue(dock.session().live().enabledProperty().get(), "every violation: still checking as you edit");
        assertEquals(LiveVerdict.State.VIOLATION, verdict().state(), "the badge shows Check's verdict");

        robot.clickOn("#check-every");
        pressCheck(robot);
        assertFalse(dock.session().live().enabledProperty().get(), "a check like the badge's, over 0.1 s");
        assertEquals(LiveVerdict.State.TOO_BIG, verdict().state());
    }

    private void pressCheck(FxRobot robot) throws Exception {
        robot.clickOn("#check-button");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !dock.session().runningProperty().get()
                && dock.session().statusProperty().get() == CheckStatus.VIOLATION);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aClickOnTheBadgeOpensItsTraceInThePlayer(FxRobot robot) throws Exception {
        robot.interact(() -> doc.execute(new Rename("P1", "app2")));
        waitForVerdict(LiveVerdict.State.VIOLATION);
        assertEquals(0, dock.player().size(), "the trace waits for the click");
        robot.clickOn("#verdict-badge");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, opened);
        assertEquals(9, dock.player().size(), "the trace opened into its kernel steps");
        assertEquals(CheckStatus.VIOLATION, dock.session().statusProperty().get());
        assertEquals("BUG: KASAN: use-after-free in remove_wait_queue", dock.session().headlineProperty().get());
        assertFalse(dock.session().staleProperty().get(), "the trace belongs to the scenario as drawn");
    }

    @Test
    void anInvalidScenarioHasNoVerdictAndTheBadgeSaysWhy(FxRobot robot) throws Exception {
        robot.interact(() -> doc.execute(new Rename("E1", "app")));
        assertEquals(LiveVerdict.State.INVALID, verdict().state());
        int n = doc.problemsProperty().get().size();
        assertEquals("Not checked: " + n + (n == 1 ? " problem" : " problems"), badge(robot).getText());
        assertTrue(badge(robot).getTooltip().getText().contains("app"), badge(robot).getTooltip().getText());
        Thread.sleep(2 * LiveCheck.DEBOUNCE.toMillis());
        assertTrue(tlcProcesses().isEmpty(), "no check of an invalid scenario");
    }

    @Test
    void theLimitIsAPreferenceKeptForTheNextSession(FxRobot robot) throws Exception {
        robot.interact(() -> dock.session().setPreferences(dock.session().preferencesProperty().get()
                .withLiveLimitMs(1700)));
        CheckPreferences next = new CheckPreferencesStore(dir.resolve("prefs.properties")).load();
        assertEquals(1700, next.liveLimitMs());
        CheckPreferencesDialog dialog = WaitForAsyncUtils.asyncFx(() -> new CheckPreferencesDialog(next)).get();
        assertEquals(1700, dialog.read().liveLimitMs(), "the dialog shows and returns the limit");
    }
}

package lifeline.ui.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import lifeline.edit.MoveNodes;
import lifeline.edit.Rename;
import lifeline.model.Position;
import lifeline.ui.document.DocumentModel;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which checks run for which edits, on the test's own thread: the synchronous executor runs a check when it
 * is started and fires the pause and the watch only when the test ticks, and the clock is the test's.
 */
@Tag("ui")
class LiveCheckSequenceTest {
    @TempDir
    Path dir;

    private final SynchronousUiExecutor executor = new SynchronousUiExecutor();
    private final AtomicInteger checks = new AtomicInteger();
    private final long[] now = {0};
    private DocumentModel doc = CheckKit.document("seed001-epoll-flush-uaf");

    private CheckSession session(CheckerSource checkers) {
        CheckSession s = new CheckSession(doc, checkers, executor, new CheckPreferencesStore(dir.resolve("p")),
                () -> now[0]);
        // The test's clock decides when the watch cancels; a finished check's own time must not, on a busy machine.
        s.setPreferences(CheckPreferences.defaults().withLiveLimitMs(CheckPreferences.MAX_LIVE_LIMIT_MS));
        return s;
    }

    private CheckerSource counted() {
        CheckerSource real = CheckKit.checkers(dir);
        return () -> {
            checks.incrementAndGet();
            return real.checker();
        };
    }

    @Test
    void editsWithinThePauseMakeOneCheck() {
        CheckSession s = session(counted());
        doc.execute(new Rename("P1", "a"));
        doc.execute(new Rename("P1", "b"));
        doc.execute(new Rename("P1", "c"));
        assertEquals(LiveVerdict.State.CHECKING, s.live().verdictProperty().get().state());
        assertEquals(0, checks.get(), "nothing runs before the pause ends");
        assertEquals(1, executor.runningTimers(), "one pause, started again by each edit");
        executor.tick();
        assertEquals(1, checks.get());
        assertEquals(LiveVerdict.State.VIOLATION, s.live().verdictProperty().get().state());
        assertEquals("c", s.live().verdictProperty().get().check().request().scenario().processes().get(0).name(),
                "the scenario as it was after the last edit");
        assertEquals(0, executor.runningTimers(), "no pause and no watch left");
        assertEquals(CheckStatus.NONE, s.statusProperty().get(), "the check panel shows Check's results only");
    }

    @Test
    void checkReplacesThePendingLiveCheckAndItsResultIsTheBadges() {
        CheckSession s = session(counted());
        doc.execute(new Rename("P1", "a"));
        s.check();
        assertEquals(1, checks.get(), "only Check's check ran");
        assertEquals(0, executor.runningTimers());
        assertEquals(CheckStatus.VIOLATION, s.statusProperty().get());
        assertEquals(LiveVerdict.State.VIOLATION, s.live().verdictProperty().get().state());
        assertTrue(s.live().verdictProperty().get().trace().isPresent());
    }

    /**
     * Undo and Redo back to a drawing checked before show its verdict at once, the same finished check, and run
     * nothing; a drawing that differs from it only in where its cards stand is the same model. Another detail
     * level of the trace asks TLC for another model: that one runs.
     */
    @Test
    void anEditBackToADrawingCheckedBeforeShowsItsVerdictAndChecksNothing() {
        CheckSession s = session(counted());
        doc.execute(new Rename("P1", "a"));
        executor.tick();
        CompletedCheck renamed = s.live().verdictProperty().get().check();
        doc.undo();
        executor.tick();
        assertEquals(2, checks.get(), "the drawing as opened had not been checked");
        CompletedCheck opened = s.live().verdictProperty().get().check();

        doc.redo();
        LiveVerdict v = s.live().verdictProperty().get();
        assertEquals(LiveVerdict.State.VIOLATION, v.state(), "at once: no pause, no check");
        assertSame(renamed, v.check(), "the check made before");
        assertTrue(v.detail().endsWith("so TLC did not run again.)"), v.detail());
        assertEquals(0, executor.runningTimers());
        doc.execute(new MoveNodes(Map.of("P1", new Position(400, 400))));
        doc.undo(); // the move
        doc.undo(); // the rename
        assertSame(opened, s.live().verdictProperty().get().check());
        assertEquals(2, checks.get());

        s.setPreferences(s.preferencesProperty().get().withDetailedTrace(
                !s.preferencesProperty().get().detailedTrace()));
        doc.redo();
        assertEquals(LiveVerdict.State.CHECKING, s.live().verdictProperty().get().state(), "another model");
        executor.tick();
        assertEquals(3, checks.get());
    }

    @Test
    void movingCardsChecksNothing() {
        CheckSession s = session(counted());
        doc.execute(new MoveNodes(Map.of("P1", new Position(400, 400))));
        assertEquals(LiveVerdict.State.NONE, s.live().verdictProperty().get().state());
        assertEquals(0, executor.runningTimers());
    }

    @Test
    void aCheckOverTheLimitIsCancelledAndTurnsItOff() throws Exception {
        CheckerSource real = CheckKit.checkers(dir);
        CheckerSource slow = () -> {
            now[0] += 5_000_000_000L;
            executor.tick();
            return real.checker();
        };
        CheckSession s = session(slow);
        s.setPreferences(CheckPreferences.defaults());
        doc.execute(new Rename("P1", "a"));
        executor.tick();
        assertEquals(LiveVerdict.State.TOO_BIG, s.live().verdictProperty().get().state());
        assertFalse(s.live().enabledProperty().get());
        assertTrue(doc.statusProperty().get().contains("longer than 1.0 s"), doc.statusProperty().get());
        assertEquals(0, executor.runningTimers());
        assertTrue(ProcessHandle.current().descendants().noneMatch(p -> p.isAlive() && p.info().commandLine()
                .map(c -> c.contains(dir.toString())).orElse(false)), "TLC was killed");

        doc.execute(new Rename("P1", "b"));
        assertEquals(LiveVerdict.State.TOO_BIG, s.live().verdictProperty().get().state(), "off until turned on");
        s.live().enabledProperty().set(true);
        assertEquals(LiveVerdict.State.CHECKING, s.live().verdictProperty().get().state(), "turning it on checks");
    }

    @Test
    void anotherDocumentTurnsItOnAgainWithNothingChecked() {
        CheckSession s = session(counted());
        s.live().enabledProperty().set(false);
        assertEquals(LiveVerdict.State.OFF, s.live().verdictProperty().get().state());
        doc.reset(CheckKit.document("seed002-flush-double-free").current(), null, "seed002");
        assertTrue(s.live().enabledProperty().get());
        assertEquals(LiveVerdict.State.NONE, s.live().verdictProperty().get().state());
        assertEquals(0, executor.runningTimers());
    }

    @Test
    void thePreferencesCanOpenDocumentsWithItOff() {
        CheckSession s = session(counted());
        s.setPreferences(s.preferencesProperty().get().withCheckAsYouEdit(false));
        assertFalse(s.live().enabledProperty().get());
        assertEquals(LiveVerdict.State.OFF, s.live().verdictProperty().get().state());
        doc.execute(new Rename("P1", "a"));
        assertEquals(0, executor.runningTimers(), "an edit checks nothing");
        doc.reset(CheckKit.document("seed002-flush-double-free").current(), null, "seed002");
        assertFalse(s.live().enabledProperty().get(), "another document opens with it off too");
        assertEquals(LiveVerdict.State.OFF, s.live().verdictProperty().get().state());
        assertEquals(0, checks.get());

        s.setPreferences(s.preferencesProperty().get().withCheckAsYouEdit(true));
        assertTrue(s.live().enabledProperty().get(), "turning the preference on turns it on");
        assertEquals(LiveVerdict.State.CHECKING, s.live().verdictProperty().get().state());
    }
}

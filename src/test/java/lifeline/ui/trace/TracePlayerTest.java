package lifeline.ui.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import lifeline.check.CheckResult;
import lifeline.check.TlcFixture;
import lifeline.io.Examples;
import lifeline.trace.Change;
import lifeline.trace.KernelTrace;
import lifeline.trace.ObjectKey;
import lifeline.trace.ObjectKind;
import lifeline.trace.TraceStep;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The player's commands on the real trace of seed 000 (7 steps, mediaserver then the kworker). */
@Tag("ui")
class TracePlayerTest {
    private static CheckResult result;
    private final List<Duration> periods = new ArrayList<>();
    private final List<Runnable> timers = new ArrayList<>();
    private TracePlayer player;
    private Playback playback;

    @BeforeAll
    static void check() {
        result = TlcFixture.check(Examples.load("seed000-binder-leak").orElseThrow());
    }

    @BeforeEach
    void load() {
        player = new TracePlayer((period, action) -> {
            periods.add(period);
            timers.add(action);
            return () -> timers.remove(action);
        });
        player.load(trace(), result.naming());
        playback = player.playback();
    }

    private static KernelTrace trace() {
        return result.trace().orElseThrow();
    }

    private void tick() {
        List.copyOf(timers).forEach(Runnable::run);
    }

    @Test
    void stepsAreSelectedAndClamped() {
        int n = trace().size();
        assertEquals(0, player.selectedIndexProperty().get());
        assertSame(trace().steps().get(0), player.selectedStepProperty().get());
        player.previous();
        assertEquals(0, player.selectedIndexProperty().get());
        player.next();
        player.next();
        assertEquals(2, player.selectedIndexProperty().get());
        player.last();
        assertEquals(n - 1, player.selectedIndexProperty().get());
        player.next();
        assertEquals(n - 1, player.selectedIndexProperty().get());
        assertTrue(player.selectNumber(4));
        assertEquals(4, player.selectedStepProperty().get().number());
        assertFalse(player.selectNumber(99));
        player.first();
        assertEquals(0, player.selectedIndexProperty().get());
        player.clear();
        assertNull(player.selectedStepProperty().get());
        assertEquals(-1, player.selectedIndexProperty().get());
    }

    @Test
    void playingStopsAtTheEndAndStartsOverFromThere() {
        playback.setSpeed(4);
        playback.play();
        assertTrue(playback.playingProperty().get());
        assertEquals(Duration.ofMillis(250), periods.get(0));
        for (int i = 0; i < 20; i++) {
            tick();
        }
        assertFalse(playback.playingProperty().get());
        assertEquals(trace().size() - 1, player.selectedIndexProperty().get());
        assertTrue(timers.isEmpty(), "the timer is stopped");
        playback.play();
        assertEquals(0, player.selectedIndexProperty().get());
        tick();
        assertEquals(1, player.selectedIndexProperty().get());
        playback.togglePlay();
        assertFalse(playback.playingProperty().get());
        playback.setSpeed(1000);
        assertEquals(Playback.MAX_SPEED, playback.speedProperty().get());
    }

    @Test
    void changingTheSpeedWhilePlayingRestartsTheTimer() {
        playback.play();
        playback.setSpeed(8);
        assertEquals(1, timers.size());
        assertEquals(Duration.ofMillis(125), periods.get(periods.size() - 1));
    }

    @Test
    void aNewTraceOrNoneStopsPlaying() {
        playback.play();
        player.load(trace(), result.naming());
        assertFalse(playback.playingProperty().get());
        assertTrue(timers.isEmpty(), "the timer is stopped");
        playback.play();
        player.clear();
        assertFalse(playback.playingProperty().get());
        assertTrue(timers.isEmpty(), "the timer is stopped");
    }

    @Test
    void theSelectedStepIsAlreadyTheNewRowWhenTheIndexChanges() {
        List<String> seen = new ArrayList<>();
        player.selectedIndexProperty().addListener((o, a, i) -> {
            TraceStep s = player.selectedStepProperty().get();
            seen.add(i + "=" + (s == null ? "none" : s.number()));
        });
        player.next();
        player.last();
        player.setOpen(!player.openProperty().get());
        player.clear();
        int n = trace().size();
        assertEquals(List.of("1=2", (n - 1) + "=" + trace().steps().get(n - 1).number()), seen.subList(0, 2));
        assertEquals("-1=none", seen.get(seen.size() - 1));
        for (String e : seen) {
            assertFalse(e.matches("\\d+=none"), "a row without its step: " + seen);
        }
    }

    @Test
    void jumpsToTheStepsThatChangeAnObject() {
        ObjectKey key = ObjectKey.BINDER_WORK;
        List<Integer> changing = new ArrayList<>();
        for (int i = 0; i < trace().size(); i++) {
            TraceStep s = trace().steps().get(i);
            if (s.changes().stream().map(Change::objectKey).anyMatch(key::equals)) {
                changing.add(i);
            }
        }
        assertTrue(changing.size() >= 2, "the deferred list changes more than once: " + changing);
        player.selectObject(key);
        assertFalse(player.previousChange());
        assertTrue(player.nextChange());
        assertEquals(changing.get(0), player.selectedIndexProperty().get());
        assertTrue(player.nextChange());
        assertEquals(changing.get(1), player.selectedIndexProperty().get());
        assertTrue(player.previousChange());
        assertEquals(changing.get(0), player.selectedIndexProperty().get());
        player.last();
        assertFalse(player.hasNextChange(key) && changing.get(changing.size() - 1) < trace().size() - 1);
    }

    @Test
    void pinsAndFilter() {
        ObjectKey f2 = ObjectKind.FILE.key("f2");
        player.togglePin(f2);
        assertTrue(player.pinned().contains(f2));
        player.togglePin(f2);
        assertFalse(player.pinned().contains(f2));
        player.setFilter(StateFilter.PINNED);
        assertEquals(StateFilter.PINNED, player.filterProperty().get());
    }

    @Test
    void theViolationIsTheLastStep() {
        int last = trace().size() - 1;
        assertTrue(player.isViolation(last));
        assertTrue(player.isFaulting(last));
        assertFalse(player.isFaulting(0));
    }
}

package lifeline.ui.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import lifeline.check.CheckRequest;
import lifeline.check.CheckResult;
import lifeline.check.TlcFixture;
import lifeline.check.Verdict;
import lifeline.edit.SetProperties;
import lifeline.model.Property;
import lifeline.model.Scenario;
import lifeline.tlc.TlcJarNotFound;
import lifeline.ui.document.DocumentModel;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check view model against real TLC runs, on the test's own thread through the synchronous executor. */
@Tag("ui")
class CheckSessionTest {
    @TempDir
    Path dir;

    private CheckSession session(DocumentModel doc) {
        return new CheckSession(doc, CheckKit.checkers(dir), new SynchronousUiExecutor(),
                new CheckPreferencesStore(dir.resolve("prefs.properties")));
    }

    @Test
    void seed001IsAUseAfterFreeWithTheTraceTheCheckerFinds() {
        DocumentModel doc = CheckKit.document("seed001-epoll-flush-uaf");
        CheckSession s = session(doc);
        s.check();
        CompletedCheck c = s.completedProperty().get();
        assertNotNull(c);
        assertEquals(CheckStatus.VIOLATION, s.statusProperty().get());
        assertEquals(Optional.of(Property.NO_USE_AFTER_FREE), c.result().violated());
        CheckResult direct = TlcFixture.check(doc.current());
        assertEquals(direct.trace().orElseThrow().size(), c.result().trace().orElseThrow().size());
        assertTrue(s.resultTextProperty().get().startsWith("NoUseAfterFree is violated: a trace of 9 kernel steps"),
                s.resultTextProperty().get());
        assertEquals("BUG: KASAN: use-after-free in remove_wait_queue", s.headlineProperty().get());
        assertEquals(c.result().distinctStates(), s.progress().distinctStatesProperty().get());
        assertFalse(s.runningProperty().get());
        assertEquals("seed001-epoll-flush-uaf", c.target());
        assertEquals("seed 001", s.fixProperty().get().story());
    }

    @Test
    void twoChecksOfSeed003GiveTheSameTraceWithOneWorkerWhateverThePreferences() {
        DocumentModel doc = CheckKit.document("seed003-kref-missing-get");
        CheckSession s = session(doc);
        s.setPreferences(new CheckPreferences(2, 0, 1024, false));
        s.check();
        CompletedCheck first = s.completedProperty().get();
        s.check();
        CompletedCheck second = s.completedProperty().get();
        assertEquals(1, first.request().tlc().workers(), "a small model is checked with one worker");
        assertEquals(CheckStatus.VIOLATION, s.statusProperty().get());
        assertEquals(summaries(first), summaries(second));
    }

    /** A trace as its kernel steps say (the state objects compare by identity). */
    private static List<String> summaries(CompletedCheck c) {
        return c.result().trace().orElseThrow().kernelSteps().stream()
                .map(step -> step.tlcState() + " " + step.summary()).toList();
    }

    @Test
    void aTlcChildIsStartedAheadWhenTheDocumentOpensSoTheFirstCheckFindsIt() throws Exception {
        lifeline.tlc.TlcRunner runner = new lifeline.tlc.TlcRunner(TlcFixture.checker().runner().jar(), dir)
                .prestarting();
        try {
            DocumentModel doc = CheckKit.document("seed001-epoll-flush-uaf");
            CheckSession s = new CheckSession(doc, CheckerSource.of(new lifeline.check.Checker(runner, dir)),
                    new SynchronousUiExecutor(), new CheckPreferencesStore(dir.resolve("prefs.properties")));
            long waiting = runner.waitingPid().orElseThrow();
            s.check();
            assertEquals(waiting, s.tlcPidProperty().get(), "the first check ran in it");
        } finally {
            runner.close();
        }
    }

    @Test
    void aPassSaysSoInPlainWords() {
        CheckSession s = session(CheckKit.document("seed002-flush-double-free-fixed"));
        s.check();
        assertEquals(CheckStatus.PASS, s.statusProperty().get());
        assertTrue(s.resultTextProperty().get().matches("No violation: [0-9,]+ distinct states, depth \\d+, .* s"),
                s.resultTextProperty().get());
        assertNull(s.fixProperty().get());
        assertEquals("", s.headlineProperty().get());
    }

    @Test
    void applyingTheFixPassesAndUndoRestoresTheBug() {
        DocumentModel doc = CheckKit.document("seed001-epoll-flush-uaf");
        Scenario buggy = doc.current();
        CheckSession s = session(doc);
        s.check();
        assertTrue(s.applyFixAndRecheck());
        assertEquals(CheckStatus.PASS, s.statusProperty().get(), s.resultTextProperty().get());
        assertFalse(s.staleProperty().get());
        doc.undo();
        assertEquals(buggy, doc.current());
        assertTrue(s.staleProperty().get(), "the pass belongs to the fixed scenario");
    }

    @Test
    void theCheckedPropertiesAreTheScenariosOwn() {
        DocumentModel doc = CheckKit.document("seed000-binder-leak-fixed");
        CheckSession s = session(doc);
        assertEquals(Property.defaults(), s.propertiesProperty().get());
        doc.execute(new SetProperties(Set.of(Property.RELEASE_IN_OPENER_CONTEXT)));
        assertEquals(Set.of(Property.RELEASE_IN_OPENER_CONTEXT), s.propertiesProperty().get());
        s.check();
        CheckRequest req = s.completedProperty().get().request();
        assertEquals(Set.of(Property.RELEASE_IN_OPENER_CONTEXT), req.options().properties());
        assertEquals(Optional.of(Property.RELEASE_IN_OPENER_CONTEXT), s.completedProperty().get().result().violated());
    }

    @Test
    void noPropertiesIsAnErrorNotASilentPass() {
        DocumentModel doc = CheckKit.document("seed001-epoll-flush-uaf");
        doc.execute(new SetProperties(Set.of()));
        CheckSession s = session(doc);
        s.check();
        assertEquals(CheckStatus.ERROR, s.statusProperty().get());
        assertTrue(s.resultTextProperty().get().startsWith("Nothing to check"));
    }

    @Test
    void anInvalidScenarioSaysWhatIsWrong() {
        DocumentModel doc = CheckKit.document(CheckKit.document("seed001-epoll-flush-uaf").current()
                .withFds(List.of()), "broken");
        CheckSession s = session(doc);
        s.check();
        assertEquals(CheckStatus.ERROR, s.statusProperty().get());
        assertTrue(s.resultTextProperty().get().startsWith("The scenario cannot be checked"),
                s.resultTextProperty().get());
    }

    @Test
    void aMissingTlcIsAnError() {
        CheckSession s = new CheckSession(CheckKit.document("seed001-epoll-flush-uaf"), () -> {
            throw new TlcJarNotFound(Optional.empty(), "The TLC model checker (tla2tools.jar) was not found.");
        }, new SynchronousUiExecutor(), new CheckPreferencesStore(dir.resolve("p")));
        s.check();
        assertEquals(CheckStatus.ERROR, s.statusProperty().get());
        assertTrue(s.resultTextProperty().get().contains("tla2tools.jar"));
    }

    @Test
    void theTimeLimitStopsALongCheck() {
        DocumentModel doc = CheckKit.document(lifeline.io.Examples.benchmark(), "benchmark");
        CheckSession s = session(doc);
        s.setPreferences(CheckPreferences.defaults().withDetailedTrace(true).withTimeLimitSeconds(2));
        s.check();
        // Stopped after exploring some states with no violation, a bounded answer; before, cancelled.
        assertTrue(s.statusProperty().get() == CheckStatus.CANCELLED || s.statusProperty().get() == CheckStatus.BOUNDED,
                s.statusProperty().get().toString());
        assertTrue(s.completedProperty().get().result().verdict() == Verdict.CANCELLED
                || s.completedProperty().get().result().verdict() == Verdict.BOUNDED);
        assertTrue(s.resultTextProperty().get().contains("time limit"), s.resultTextProperty().get());
    }

    @Test
    void preferencesAreKeptInTheStore() {
        CheckSession s = session(CheckKit.document("seed001-epoll-flush-uaf"));
        CheckPreferences p = new CheckPreferences(2, 30, 512, true);
        s.setPreferences(p);
        assertEquals(p, new CheckPreferencesStore(dir.resolve("prefs.properties")).load());
        assertEquals(p, session(CheckKit.document("seed001-epoll-flush-uaf")).preferencesProperty().get());
    }

    @Test
    void elapsedTicksWhileRunning() {
        long[] now = {0};
        SynchronousUiExecutor ex = new SynchronousUiExecutor();
        DocumentModel doc = CheckKit.document("seed001-epoll-flush-uaf");
        CheckSession[] holder = new CheckSession[1];
        CheckerSource slow = () -> {
            now[0] += 1_500_000_000L;
            ex.tick();
            assertEquals(1.5, holder[0].progress().elapsedProperty().get().toMillis() / 1000.0, 1e-9);
            return CheckKit.checkers(dir).checker();
        };
        holder[0] = new CheckSession(doc, slow, ex, new CheckPreferencesStore(dir.resolve("p")), () -> now[0]);
        holder[0].check();
        assertEquals(0, ex.runningTimers(), "the clock stops with the check");
    }
}

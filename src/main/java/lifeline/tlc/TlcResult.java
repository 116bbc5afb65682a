package lifeline.tlc;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Everything a finished TLC run produced. {@code exitCode} is the raw process exit code (-1 if
 * the process never ran to an exit); {@code statistics} are TLC's final counts, or its last
 * progress report when it was stopped early.
 */
public record TlcResult(
        TlcOutcome outcome,
        ExitStatus exitStatus,
        int exitCode,
        Optional<TlcFailure> failure,
        Optional<TlcEvent.Violation> violation,
        List<TlcEvent.TraceStateText> trace,
        Optional<TlcStatistics> statistics,
        Duration wallTime,
        List<ToolOutput> messages,
        List<TlcEvent> events,
        String stderrTail) {

    public TlcResult {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(exitStatus, "exitStatus");
        trace = List.copyOf(trace);
        messages = List.copyOf(messages);
        events = List.copyOf(events);
    }

    /**
     * For random runs, the states their walks checked, as last reported (TLC's report at the end, or the
     * launcher's live one of a run stopped before it); empty for model checking.
     */
    public OptionalLong statesWalked() {
        for (int i = events.size() - 1; i >= 0; i--) {
            if (events.get(i) instanceof TlcEvent.WalkProgress w) {
                return OptionalLong.of(w.statesChecked());
            }
            if (events.get(i) instanceof TlcEvent.LiveWalkProgress w) {
                return OptionalLong.of(w.statesChecked());
            }
        }
        return OptionalLong.empty();
    }

    /** The name of the violated invariant or property, when TLC names it. */
    public Optional<String> violatedProperty() {
        return violation.flatMap(TlcEvent.Violation::property);
    }

    /**
     * For a run stopped before it finished (time limit, Cancel), the number of steps N such that
     * every state reachable in at most N steps was found and checked, so no behaviour of up to N
     * steps violates an invariant; empty when the run says nothing of the kind.
     *
     * <p>Why N = D - 2, where D is the greatest depth of a state found (TLC counts an initial state
     * as depth 1): with one worker TLC's search is breadth-first in the strict sense, so a state of
     * depth D is found only while a state of depth D - 1 is being expanded, after every state of
     * depth D - 2 was expanded: every state of depth D - 1 or less (at most D - 2 steps from an
     * initial state) has been found, and TLC checks each state's invariants when it finds it. With
     * more workers several states are expanded at once and a slow one may lag any number of levels
     * behind, so nothing is claimed. A run that reported a violation or an error claims nothing either.
     */
    public Optional<Integer> stepsFullyExplored() {
        Optional<TlcEvent.LiveProgress> last = stoppedCleanly();
        if (last.isEmpty() || last.get().workers() != 1 || last.get().depth() < 2) {
            return Optional.empty();
        }
        return Optional.of(last.get().depth() - 2);
    }

    /**
     * For a run stopped before it finished (time limit, Cancel) without reporting a violation or an
     * error, the number of distinct states it had found by its last progress report: TLC checks each
     * state's invariants when it finds it, so none of them violates one, whatever the number of workers.
     */
    public Optional<Long> statesExploredWithoutViolation() {
        return stoppedCleanly().map(TlcEvent.LiveProgress::distinctStates).filter(n -> n > 0);
    }

    /** The last progress report of a run that was stopped and reported no violation or error. */
    private Optional<TlcEvent.LiveProgress> stoppedCleanly() {
        if (outcome != TlcOutcome.CANCELLED && outcome != TlcOutcome.TIMEOUT) {
            return Optional.empty();
        }
        boolean troubled = events.stream().anyMatch(e -> e instanceof TlcEvent.Violation
                || e instanceof TlcEvent.ErrorReported || e instanceof TlcEvent.OutOfMemory
                || e instanceof TlcEvent.SpecError || e instanceof TlcEvent.TraceStart);
        return troubled ? Optional.empty() : lastLiveProgress();
    }

    /** The launcher's last progress report. */
    public Optional<TlcEvent.LiveProgress> lastLiveProgress() {
        for (int i = events.size() - 1; i >= 0; i--) {
            if (events.get(i) instanceof TlcEvent.LiveProgress p) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    public boolean passed() {
        return outcome == TlcOutcome.PASSED;
    }
}

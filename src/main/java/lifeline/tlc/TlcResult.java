package lifeline.tlc;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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

    /** The name of the violated invariant or property, when TLC names it. */
    public Optional<String> violatedProperty() {
        return violation.flatMap(TlcEvent.Violation::property);
    }

    public boolean passed() {
        return outcome == TlcOutcome.PASSED;
    }
}

package lifeline.tlc;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Gathers a run's output and events and, once TLC has exited, decides the run's outcome. */
final class TlcResultCollector {

    private final List<ToolOutput> messages = new ArrayList<>();
    private final List<TlcEvent> events = new ArrayList<>();
    private final List<TlcEvent.TraceStateText> trace = new ArrayList<>();
    private int tracesStarted;
    private static final int OUTPUT_TAIL_LINES = 12;

    void addOutput(ToolOutput output) {
        messages.add(output);
    }

    void addEvent(TlcEvent event) {
        events.add(event);
        if (event instanceof TlcEvent.TraceStart) {
            tracesStarted++;
        } else if (event instanceof TlcEvent.TraceStateText state && tracesStarted <= 1) {
            trace.add(state); // with -continue TLC prints more traces: the result keeps the first
        }
    }

    /**
     * The result of the run. {@code stopped} is the failure of a run this package stopped
     * (cancelled or timed out), null if TLC ended by itself.
     */
    TlcResult build(int exitCode, TlcFailure stopped, Duration wallTime, String stderrTail, int heapMb) {
        ExitStatus status = ExitStatus.of(exitCode);
        Verdict verdict = stopped != null ? stoppedVerdict(stopped) : verdict(status, exitCode, stderrTail, heapMb);
        return new TlcResult(verdict.outcome, status, exitCode, Optional.ofNullable(verdict.failure),
                first(TlcEvent.Violation.class), trace, statistics(), wallTime, messages, events, stderrTail);
    }

    private record Verdict(TlcOutcome outcome, TlcFailure failure) {}

    private static Verdict stoppedVerdict(TlcFailure stopped) {
        return new Verdict(stopped instanceof TlcFailure.TimedOut ? TlcOutcome.TIMEOUT : TlcOutcome.CANCELLED, stopped);
    }

    private Verdict verdict(ExitStatus status, int exitCode, String stderrTail, int heapMb) {
        String allText = outputTail(stderrTail);
        if (exitCode != 0 && messages.stream().noneMatch(ToolMessage.class::isInstance) && !allText.isBlank()) {
            // Not one tool message: TLC never started; the JVM says why (on stdout or stderr).
            return new Verdict(TlcOutcome.CRASH, new TlcFailure.JvmFailed(exitCode, JvmFailureText.reason(allText)));
        }
        Optional<TlcEvent.OutOfMemory> oom = first(TlcEvent.OutOfMemory.class);
        boolean stderrOom = TlcEventDecoder.mentionsOutOfMemory(stderrTail);
        if ((oom.isPresent() || stderrOom) && status != ExitStatus.SUCCESS && !status.isViolation()) {
            String detail = oom.map(TlcEvent.OutOfMemory::detail).orElse("java.lang.OutOfMemoryError");
            return new Verdict(TlcOutcome.OUT_OF_MEMORY, new TlcFailure.OutOfMemory(heapMb, detail));
        }
        switch (status) {
            case SUCCESS:
                if (violationShown(true)) {
                    return new Verdict(TlcOutcome.VIOLATION, null); // -continue: TLC exits 0 after its violations
                }
                return first(TlcEvent.Finished.class).isPresent()
                        ? new Verdict(TlcOutcome.PASSED, null)
                        : crash(exitCode, stderrTail);
            case VIOLATION_DEADLOCK:
                return violationShown(true)
                        ? new Verdict(TlcOutcome.DEADLOCK, null) : unexplained(status, exitCode, stderrTail);
            case ERROR_SPEC_PARSE:
            case ERROR_CONFIG_PARSE:
                return new Verdict(TlcOutcome.SPEC_ERROR, specError());
            case UNKNOWN:
                return crash(exitCode, stderrTail);
            default:
                if (status.isViolation()) {
                    return violationShown(status.hasTrace())
                            ? new Verdict(TlcOutcome.VIOLATION, null) : unexplained(status, exitCode, stderrTail);
                }
                return new Verdict(TlcOutcome.ERROR, checkError(status));
        }
    }

    /**
     * A violation is believed only when TLC said so in its messages: the violation message of the
     * exit status's kind and, where the kind has one, a trace. The exit status alone proves nothing.
     */
    private boolean violationShown(boolean needsTrace) {
        return first(TlcEvent.Violation.class).isPresent() && (!needsTrace || !trace.isEmpty());
    }

    private Verdict unexplained(ExitStatus status, int exitCode, String stderrTail) {
        boolean said = first(TlcEvent.Violation.class).isPresent();
        String detail = "its exit status " + exitCode + " means " + status.meaning() + ", but "
                + (said ? "it printed no trace of it" : "it printed no violation message")
                + ", so there is no verdict.";
        return new Verdict(TlcOutcome.CRASH, new TlcFailure.Crash(exitCode, detail, outputTail(stderrTail)));
    }

    /** The last lines TLC printed (its messages' text, then its stderr), for a person to see why it failed. */
    private String outputTail(String stderrTail) {
        List<String> lines = new ArrayList<>();
        messages.stream()
                .filter(o -> !(o instanceof ToolMessage m && m.code() == TlcCodes.LIFELINE_PROGRESS))
                .forEach(o -> o.fullText().lines().forEach(lines::add));
        stderrTail.lines().forEach(lines::add);
        lines.removeIf(String::isBlank);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - OUTPUT_TAIL_LINES), lines.size()));
    }

    private TlcFailure specError() {
        Optional<TlcEvent.SpecError> error = first(TlcEvent.SpecError.class);
        if (error.isPresent()) {
            return new TlcFailure.SpecError(error.get().message(), error.get().location(), error.get().details());
        }
        String message = firstErrorText().orElse("TLC could not parse the spec or its configuration.");
        return new TlcFailure.SpecError(message, TlaLocation.find(message), message);
    }

    /** The first error TLC reported, placed where the nested-expression report (if any) points. */
    private TlcFailure checkError(ExitStatus status) {
        List<TlcEvent.ErrorReported> errors = all(TlcEvent.ErrorReported.class);
        Optional<TlaLocation> nestedAt = errors.stream()
                .filter(e -> e.code() == TlcCodes.TLC_NESTED_EXPRESSION)
                .map(TlcEvent.ErrorReported::location).flatMap(Optional::stream).findFirst();
        Optional<TlcEvent.ErrorReported> cause = errors.stream()
                .filter(e -> e.code() != TlcCodes.TLC_NESTED_EXPRESSION).findFirst();
        if (cause.isEmpty()) {
            return new TlcFailure.CheckError(-1, "TLC stopped with exit status " + status + ".", nestedAt);
        }
        return new TlcFailure.CheckError(cause.get().code(), cause.get().message(),
                cause.get().location().or(() -> nestedAt));
    }

    private Verdict crash(int exitCode, String stderrTail) {
        String detail = firstErrorText().orElse("TLC exited without reporting how model checking ended.");
        return new Verdict(TlcOutcome.CRASH, new TlcFailure.Crash(exitCode, detail, outputTail(stderrTail)));
    }

    private Optional<String> firstErrorText() {
        return messages.stream()
                .filter(o -> o instanceof ToolMessage m && m.isError())
                .map(ToolOutput::fullText).findFirst();
    }

    /** Final statistics, or the last progress report (TLC's own or the launcher's) of a run that did not get that far. */
    private Optional<TlcStatistics> statistics() {
        Optional<TlcStatistics> finished = first(TlcEvent.Finished.class).flatMap(TlcEvent.Finished::statistics);
        if (finished.isPresent()) {
            return finished;
        }
        for (int i = events.size() - 1; i >= 0; i--) {
            if (events.get(i) instanceof TlcEvent.Progress p) {
                return Optional.of(new TlcStatistics(p.statesGenerated(), p.distinctStates(), p.queueSize(), p.depth()));
            }
            if (events.get(i) instanceof TlcEvent.LiveProgress p) {
                return Optional.of(new TlcStatistics(p.statesGenerated(), p.distinctStates(), p.queueSize(), p.depth()));
            }
        }
        return Optional.empty();
    }

    private <T extends TlcEvent> Optional<T> first(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    private <T extends TlcEvent> List<T> all(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}

package lifeline.tlc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Real TLC 2.18 -tool output (see fixtures/capture.sh), parsed, decoded and judged with TLC's real exit code. */
class GoldenOutputTest {

    private record Decoded(List<ToolOutput> outputs, List<TlcEvent> events, TlcResult result) {
        List<Integer> codes() {
            return outputs.stream().filter(ToolMessage.class::isInstance).map(o -> ((ToolMessage) o).code()).toList();
        }

        <T extends TlcEvent> List<T> events(Class<T> type) {
            return events.stream().filter(type::isInstance).map(type::cast).toList();
        }

        <T extends TlcEvent> T only(Class<T> type) {
            List<T> found = events(type);
            assertEquals(1, found.size(), "events of " + type.getSimpleName());
            return found.get(0);
        }
    }

    private static Decoded decode(String fixture, int exitCode) {
        List<ToolOutput> outputs = ToolMessageParser.parseAll(Fixtures.output(fixture));
        TlcResultCollector collector = new TlcResultCollector();
        TlcEventDecoder decoder = new TlcEventDecoder();
        for (ToolOutput output : outputs) {
            collector.addOutput(output);
            decoder.decode(output).forEach(collector::addEvent);
        }
        TlcResult result = collector.build(exitCode, null, Duration.ZERO, "", 1024);
        return new Decoded(outputs, result.events(), result);
    }

    @Test
    void passingSpec() {
        Decoded d = decode("passing", 0);

        assertEquals(List.of(2262, 2187, 2220, 2219, 2185, 2189, 2190, 2193, 2200, 2199, 2194, 2268, 2186), d.codes());
        assertEquals("TLC2 Version 2.18 of 20 March 2023", d.only(TlcEvent.Started.class).version());
        assertTrue(d.events(TlcEvent.Output.class).stream().anyMatch(o -> o.text().endsWith("/Passing.tla")));
        assertEquals(new TlcEvent.InitialStates(1), d.only(TlcEvent.InitialStates.class));
        assertEquals(new TlcEvent.Progress(5, 4, 0, 4), d.only(TlcEvent.Progress.class));
        assertEquals(Optional.of(new TlcStatistics(5, 4, 0, 4)), d.only(TlcEvent.Finished.class).statistics());
        assertTrue(d.only(TlcEvent.Finished.class).durationMs() > 0);
        assertEquals(TlcOutcome.PASSED, d.result.outcome());
        assertEquals(ExitStatus.SUCCESS, d.result.exitStatus());
        assertEquals(Optional.empty(), d.result.failure());
    }

    @Test
    void invariantViolationWithATraceOfFourStates() {
        Decoded d = decode("violation", 12);

        TlcEvent.Violation violation = d.only(TlcEvent.Violation.class);
        assertEquals(ViolationKind.INVARIANT, violation.kind());
        assertEquals(Optional.of("RefsBounded"), violation.property());
        List<TlcEvent.TraceStateText> trace = d.result.trace();
        assertEquals(List.of(1, 2, 3, 4), trace.stream().map(TlcEvent.TraceStateText::number).toList());
        assertEquals("Initial predicate", trace.get(0).actionName());
        assertEquals("Get", trace.get(3).actionName());
        assertEquals(Optional.of(new TlaLocation("Refs", 11, 8)), trace.get(3).actionLocation());
        assertEquals(String.join("\n",
                "/\\ seen = {0, 1, 2}",
                "/\\ held = (5 :> TRUE @@ 7 :> FALSE)",
                "/\\ n = 3",
                "/\\ obj = [state |-> \"held\", refs |-> 3]",
                "/\\ log = <<\"get\", \"get\", \"get\">>"), trace.get(3).body());
        assertEquals(TlcOutcome.VIOLATION, d.result.outcome());
        assertEquals(ExitStatus.VIOLATION_SAFETY, d.result.exitStatus());
        assertEquals(Optional.of("RefsBounded"), d.result.violatedProperty());
        assertEquals(Optional.of(new TlcStatistics(4, 4, 0, 4)), d.result.statistics());
    }

    @Test
    void deadlock() {
        Decoded d = decode("deadlock", 11);

        assertTrue(d.codes().contains(2114));
        TlcEvent.Violation violation = d.only(TlcEvent.Violation.class);
        assertEquals(ViolationKind.DEADLOCK, violation.kind());
        assertEquals(Optional.empty(), violation.property());
        assertEquals(3, d.result.trace().size());
        assertEquals("x = 2", d.result.trace().get(2).body());
        assertEquals(TlcOutcome.DEADLOCK, d.result.outcome());
        assertEquals(Optional.of(new TlcStatistics(3, 3, 0, 3)), d.result.statistics());
    }

    @Test
    void parseErrorWithItsPosition() {
        Decoded d = decode("parse_error", 150);

        assertEquals(List.of(2262, 2187, 2220, 2219, 2185, 3002, 2186), d.codes());
        TlcEvent.SpecError error = d.only(TlcEvent.SpecError.class);
        assertEquals("Parse error: Encountered \"====\" at line 6, column 1 and token \"1\"", error.message());
        assertEquals(Optional.of(new TlaLocation("ParseError", 6, 1)), error.location());
        assertTrue(error.details().contains("Residual stack trace follows:"));
        assertEquals(TlcOutcome.SPEC_ERROR, d.result.outcome());
        TlcFailure.SpecError failure = assertInstanceOf(TlcFailure.SpecError.class, d.result.failure().orElseThrow());
        assertEquals(error.location(), failure.location());
        assertTrue(failure.humanMessage().contains("line 6, column 1 of module ParseError"), failure.humanMessage());
    }

    @Test
    void semanticErrorForAnUndefinedIdentifier() {
        Decoded d = decode("semantic_error", 150);

        TlcEvent.SpecError error = d.only(TlcEvent.SpecError.class);
        assertEquals("Unknown operator: `undefinedThing'.", error.message());
        assertEquals(Optional.of(new TlaLocation("SemanticError", 5, 18)), error.location());
        assertEquals(TlcOutcome.SPEC_ERROR, d.result.outcome());
        assertEquals(ExitStatus.ERROR_SPEC_PARSE, d.result.exitStatus());
    }

    @Test
    void evaluationErrorNestedInAGeneralError() {
        Decoded d = decode("eval_error", 75);

        ToolMessage general = d.outputs.stream().filter(o -> o instanceof ToolMessage m && m.code() == 1000)
                .map(ToolMessage.class::cast).findFirst().orElseThrow();
        assertEquals(List.of(2184), general.children().stream().map(ToolMessage::code).toList());
        assertEquals("", general.body());
        List<TlcEvent.ErrorReported> errors = d.events(TlcEvent.ErrorReported.class);
        assertEquals(List.of(1000, 2103), errors.stream().map(TlcEvent.ErrorReported::code).toList());
        assertEquals(TlcOutcome.ERROR, d.result.outcome());
        TlcFailure.CheckError failure = assertInstanceOf(TlcFailure.CheckError.class, d.result.failure().orElseThrow());
        assertEquals("Attempted to apply Head to the empty sequence.", failure.message());
        assertEquals(Optional.of(new TlaLocation("EvalError", 7, 11)), failure.location());
    }

    @Test
    void livenessCounterexampleLoopsBack() {
        Decoded d = decode("liveness", 13);

        assertEquals(ViolationKind.TEMPORAL_PROPERTY, d.only(TlcEvent.Violation.class).kind());
        assertEquals(3, d.result.trace().size());
        assertEquals(1, d.only(TlcEvent.TraceLoopBack.class).stateNumber());
        assertEquals(TlcOutcome.VIOLATION, d.result.outcome());
        assertEquals(ExitStatus.VIOLATION_LIVENESS, d.result.exitStatus());
        assertEquals(Optional.of(new TlcStatistics(4, 3, 0, 3)), d.result.statistics());
    }

    @Test
    void configurationError() {
        Decoded d = decode("config_error", 151);

        assertTrue(d.codes().contains(2229));
        TlcEvent.SpecError error = d.only(TlcEvent.SpecError.class);
        assertEquals("The next state action Nextt specified in the configuration file is not defined in the specification.",
                error.message());
        assertEquals(TlcOutcome.SPEC_ERROR, d.result.outcome());
    }

    @Test
    void outOfMemory() {
        Decoded d = decode("out_of_memory", 75);

        assertEquals("Java heap space", d.only(TlcEvent.OutOfMemory.class).detail());
        assertEquals(TlcOutcome.OUT_OF_MEMORY, d.result.outcome());
        TlcFailure failure = d.result.failure().orElseThrow();
        assertInstanceOf(TlcFailure.OutOfMemory.class, failure);
        assertTrue(failure.humanMessage().contains("1024 MB"), failure.humanMessage());
    }

    /** A collector fed a fixture's output up to (not including) the first {@code cut}: TLC died there. */
    private static TlcResultCollector collectedUpTo(String fixture, String cut) {
        String output = Fixtures.output(fixture);
        TlcResultCollector collector = new TlcResultCollector();
        TlcEventDecoder decoder = new TlcEventDecoder();
        for (ToolOutput o : ToolMessageParser.parseAll(output.substring(0, output.indexOf(cut)))) {
            collector.addOutput(o);
            decoder.decode(o).forEach(collector::addEvent);
        }
        return collector;
    }

    @Test
    void exitWithoutAFinalReportIsACrash() {
        TlcResult result = collectedUpTo("passing", "@!@!@STARTMSG 2190").build(134, null, Duration.ZERO, "# A fatal error has been detected", 1024);

        assertEquals(TlcOutcome.CRASH, result.outcome());
        assertEquals(ExitStatus.UNKNOWN, result.exitStatus());
        TlcFailure.Crash crash = assertInstanceOf(TlcFailure.Crash.class, result.failure().orElseThrow());
        assertEquals(134, crash.exitCode());
        assertTrue(crash.humanMessage().contains("# A fatal error has been detected"));
    }

    @ParameterizedTest
    @ValueSource(ints = {12, 13, 11})
    void aViolationExitStatusWithNoOutputIsNoVerdict(int exitCode) {
        TlcResult result = new TlcResultCollector().build(exitCode, null, Duration.ZERO, "", 1024);

        assertEquals(TlcOutcome.CRASH, result.outcome());
        TlcFailure.Crash crash = assertInstanceOf(TlcFailure.Crash.class, result.failure().orElseThrow());
        assertTrue(crash.humanMessage().contains("printed no violation message"), crash.humanMessage());
    }

    @Test
    void aViolationMessageWithoutItsTraceIsNoVerdict() {
        TlcResult result = collectedUpTo("violation", "@!@!@STARTMSG 2217").build(12, null, Duration.ZERO, "", 1024);

        assertEquals(TlcOutcome.CRASH, result.outcome());
        String message = result.failure().orElseThrow().humanMessage();
        assertTrue(message.contains("printed no trace"), message);
        assertTrue(message.contains("The last lines TLC printed:\n"), message);
        assertTrue(message.contains("Invariant RefsBounded is violated."), message);
    }

    @Test
    void aJvmThatCouldNotStartGivesItsOwnReason() {
        String stderr = "Error occurred during initialization of VM\n"
                + "Could not reserve enough space for 102400000000KB object heap\n";

        TlcResult result = new TlcResultCollector().build(1, null, Duration.ZERO, stderr, 99_999_999);

        TlcFailure.JvmFailed failed = assertInstanceOf(TlcFailure.JvmFailed.class, result.failure().orElseThrow());
        assertEquals("TLC's Java VM did not start (exit code 1): "
                + "Could not reserve enough space for 102400000000KB object heap", failed.humanMessage());
    }
}

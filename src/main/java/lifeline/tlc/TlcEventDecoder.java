package lifeline.tlc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static lifeline.tlc.TlcCodes.*;

/**
 * Turns parsed tool output into typed events, by message code. Stateful: SANY's error text and
 * the final statistics arrive before the message that gives them meaning.
 */
public final class TlcEventDecoder {

    private static final Pattern STATE_HEADER = Pattern.compile("^(?:State )?(\\d{1,9}):\\s*(?:<(.*)>)?\\s*$");
    private static final Pattern BACK_TO_STATE = Pattern.compile("^(\\d+):\\s*Back to state(?::\\s*<(.*)>)?");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\d+)");
    private static final Pattern INVARIANT_NAME = Pattern.compile("^Invariant (\\S+) is violated");
    private static final Pattern ACTION_PROPERTY_NAME = Pattern.compile("^Action property (\\S+) is violated");
    private static final List<String> OUT_OF_MEMORY_WORDS =
            List.of("OutOfMemoryError", "Java heap space", "GC overhead limit exceeded", "Direct buffer memory");

    private final SanyTranscript sany = new SanyTranscript();
    private Optional<TlcStatistics> statistics = Optional.empty();
    private boolean outOfMemoryReported;
    private int lastProgressDepth = -1;

    /** Decodes a whole captured output. */
    public static List<TlcEvent> decodeAll(List<ToolOutput> outputs) {
        TlcEventDecoder decoder = new TlcEventDecoder();
        List<TlcEvent> events = new ArrayList<>();
        outputs.forEach(output -> events.addAll(decoder.decode(output)));
        return events;
    }

    /** The events one item of output stands for (most items give exactly one). */
    public List<TlcEvent> decode(ToolOutput output) {
        if (output instanceof PlainText text) {
            sany.accept(text.line());
            return List.of(new TlcEvent.Output(text.line()));
        }
        return decodeMessage((ToolMessage) output);
    }

    private List<TlcEvent> decodeMessage(ToolMessage m) {
        String text = m.fullText();
        return switch (m.code()) {
            case TLC_VERSION -> List.of(new TlcEvent.Started(text.trim()));
            case TLC_SANY_START -> {
                sany.begin();
                yield info(m);
            }
            case TLC_SANY_END -> {
                sany.end();
                yield info(m);
            }
            case TLC_PARSING_FAILED, TLC_PARSING_FAILED2 -> List.of(sany.specError(text));
            case TLC_INIT_GENERATED1 -> List.of(new TlcEvent.InitialStates(StatsText.firstCount(text).orElse(0)));
            case TLC_PROGRESS_STATS -> progress(m);
            case TLC_PROGRESS_SIMU -> StatsText.generated(text)
                    .<List<TlcEvent>>map(n -> List.of(new TlcEvent.WalkProgress(n))).orElseGet(() -> info(m));
            case LIFELINE_PROGRESS -> LiveProgressText.parse(text).<List<TlcEvent>>map(List::of).orElseGet(() -> info(m));
            case TLC_STATS -> {
                finalCounts(text);
                yield info(m);
            }
            case TLC_SEARCH_DEPTH -> depth(m);
            case TLC_FINISHED -> List.of(new TlcEvent.Finished(statistics, StatsText.durationMs(text)));
            case TLC_BEHAVIOR_UP_TO_THIS_POINT, TLC_COUNTER_EXAMPLE -> List.of(new TlcEvent.TraceStart(text));
            case TLC_STATE_PRINT1, TLC_STATE_PRINT2 -> List.of(traceState(text));
            case TLC_STATE_PRINT3 -> List.of(new TlcEvent.TraceStuttering(leadingNumber(text)));
            case TLC_BACK_TO_STATE -> List.of(loopBack(text));
            case TLC_NESTED_EXPRESSION -> List.of(nestedExpression(m));
            default -> violationOrOther(m);
        };
    }

    private List<TlcEvent> violationOrOther(ToolMessage m) {
        String text = m.fullText();
        return switch (m.code()) {
            case TLC_INVARIANT_VIOLATED_BEHAVIOR -> List.of(violation(ViolationKind.INVARIANT, INVARIANT_NAME, text));
            case TLC_INVARIANT_VIOLATED_INITIAL -> initialStateViolation(text);
            case TLC_ACTION_PROPERTY_VIOLATED_BEHAVIOR ->
                    List.of(violation(ViolationKind.ACTION_PROPERTY, ACTION_PROPERTY_NAME, text));
            case TLC_PROPERTY_VIOLATED_INITIAL, TLC_TEMPORAL_PROPERTY_VIOLATED ->
                    List.of(violation(ViolationKind.TEMPORAL_PROPERTY, null, text));
            case TLC_DEADLOCK_REACHED -> List.of(violation(ViolationKind.DEADLOCK, null, text));
            case TLC_ASSUMPTION_FALSE -> List.of(violation(ViolationKind.ASSUMPTION, null, text));
            case TLC_VALUE_ASSERT_FAILED -> List.of(violation(ViolationKind.ASSERTION, null, text));
            default -> other(m);
        };
    }

    private List<TlcEvent> other(ToolMessage m) {
        String text = m.fullText();
        if (isOutOfMemory(m.code()) || (m.isError() && mentionsOutOfMemory(text))) {
            if (outOfMemoryReported) {
                return info(m); // TLC reports one exhaustion several times (e.g. again as a fingerprint error)
            }
            outOfMemoryReported = true;
            return List.of(new TlcEvent.OutOfMemory(text));
        }
        if (isConfigError(m.code())) {
            String oneLine = text.strip().replaceAll("\\s*\n\\s*", " ");
            return List.of(new TlcEvent.SpecError(oneLine, TlaLocation.find(text), text));
        }
        if (m.isError()) {
            return List.of(new TlcEvent.ErrorReported(m.code(), text, TlaLocation.find(text)));
        }
        if (m.severityClass() == ToolMessage.WARNING) {
            return List.of(new TlcEvent.Warning(m.code(), text));
        }
        return info(m);
    }

    static boolean mentionsOutOfMemory(String text) {
        return OUT_OF_MEMORY_WORDS.stream().anyMatch(text::contains);
    }

    private static List<TlcEvent> info(ToolMessage m) {
        return List.of(new TlcEvent.Info(m.code(), m.fullText()));
    }

    private List<TlcEvent> progress(ToolMessage m) {
        Optional<TlcStatistics> counts = StatsText.counts(m.fullText());
        if (counts.isEmpty()) {
            return info(m);
        }
        TlcStatistics s = counts.get();
        lastProgressDepth = s.depth();
        return List.of(new TlcEvent.Progress(s.statesGenerated(), s.distinctStates(), s.statesLeftOnQueue(), s.depth()));
    }

    /** The final counts; TLC does not always report the depth at the end, but every progress report has it. */
    private void finalCounts(String text) {
        StatsText.counts(text).ifPresent(s -> statistics = Optional.of(s.withDepth(lastProgressDepth)));
    }

    private List<TlcEvent> depth(ToolMessage m) {
        StatsText.lastCount(m.fullText()).ifPresent(d -> statistics = statistics.map(s -> s.withDepth((int) d)));
        return info(m);
    }

    private static TlcEvent.Violation violation(ViolationKind kind, Pattern name, String text) {
        Optional<String> property = Optional.empty();
        if (name != null) {
            Matcher m = name.matcher(text);
            property = m.find() ? Optional.of(m.group(1)) : Optional.empty();
        }
        return new TlcEvent.Violation(kind, property, text);
    }

    /** TLC prints the offending initial state inside the violation message instead of as a trace. */
    private static List<TlcEvent> initialStateViolation(String text) {
        TlcEvent.Violation violation = violation(ViolationKind.INVARIANT, INVARIANT_NAME, text);
        int newline = text.indexOf('\n');
        if (newline < 0) {
            return List.of(violation);
        }
        String state = text.substring(newline + 1).strip();
        return List.of(violation, new TlcEvent.TraceStart(text.substring(0, newline)),
                new TlcEvent.TraceStateText(1, "Initial predicate", state));
    }

    /** Reads a state message's header, the only place it is read; the variables stay text for the trace layer. */
    private static TlcEvent.TraceStateText traceState(String text) {
        int newline = text.indexOf('\n');
        String header = newline < 0 ? text : text.substring(0, newline);
        String body = newline < 0 ? "" : text.substring(newline + 1);
        Matcher m = STATE_HEADER.matcher(header.trim());
        if (!m.matches()) {
            // An unfamiliar header is still a state: its number is unknown, its variables are all there.
            boolean headless = header.startsWith("/\\");
            return new TlcEvent.TraceStateText(TlcEvent.TraceStateText.UNKNOWN, "", headless ? text : body);
        }
        String label = m.group(2) == null ? "" : m.group(2);
        return new TlcEvent.TraceStateText(Integer.parseInt(m.group(1)), label, body);
    }

    private static TlcEvent.TraceLoopBack loopBack(String text) {
        Matcher m = BACK_TO_STATE.matcher(text.trim());
        if (!m.find()) {
            return new TlcEvent.TraceLoopBack(-1, text.trim());
        }
        return new TlcEvent.TraceLoopBack(Integer.parseInt(m.group(1)), m.group(2) == null ? "" : m.group(2));
    }

    private static int leadingNumber(String text) {
        Matcher m = LEADING_NUMBER.matcher(text.trim());
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** The innermost of the nested expressions TLC was evaluating is where the error is. */
    private static TlcEvent.ErrorReported nestedExpression(ToolMessage m) {
        List<TlaLocation> positions = TlaLocation.findAll(m.fullText());
        Optional<TlaLocation> innermost =
                positions.isEmpty() ? Optional.empty() : Optional.of(positions.get(positions.size() - 1));
        return new TlcEvent.ErrorReported(m.code(), m.fullText(), innermost);
    }
}

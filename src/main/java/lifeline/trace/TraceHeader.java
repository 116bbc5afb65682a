package lifeline.trace;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lifeline.trace.value.TlaValueSyntaxException;

/** The first line of a trace-state message, such as "2: &lt;Next line 5, col 9 to line 5, col 42 of module T&gt;". */
record TraceHeader(int number, String actionName, String actionLocation, TraceState.Kind kind) {
    private static final String EXPECTED =
            "a state header such as '1: <Initial predicate>', 'N: Stuttering' or 'N: Back to state'";
    private static final int EXCERPT_LENGTH = 40;
    private static final Pattern STATE = Pattern.compile("(?:State )?(\\d{1,9}): *<(.*)>");
    private static final Pattern STUTTERING = Pattern.compile("(\\d{1,9}): *Stuttering");
    /** Tool mode: "1: Back to state: <Step ...>", where 1 is the state looped back to. */
    private static final Pattern BACK_TOOL = Pattern.compile("(\\d{1,9}): *Back to state(?:: *<(.*)>)?");
    /** Plain mode: "Back to state 1: <Step ...>", possibly after the position "N: ". */
    private static final Pattern BACK_PLAIN = Pattern.compile("(?:\\d{1,9}: *)?Back to state (\\d{1,9})(?:: *<(.*)>)?");
    private static final Pattern LOCATED_ACTION =
            Pattern.compile("(.*?) +(line \\d+, col \\d+ to line \\d+, col \\d+ of module \\S+)");

    /** Parses {@code body[start, end)}, one line. */
    static TraceHeader parse(String body, int start, int end) throws TlaValueSyntaxException {
        String line = body.substring(start, end).strip();
        Matcher m;
        if ((m = STATE.matcher(line)).matches()) {
            return located(Integer.parseInt(m.group(1)), m.group(2), TraceState.Kind.STATE);
        }
        if ((m = STUTTERING.matcher(line)).matches()) {
            return new TraceHeader(Integer.parseInt(m.group(1)), TraceState.STUTTERING, "", TraceState.Kind.STUTTERING);
        }
        if ((m = BACK_TOOL.matcher(line)).matches() || (m = BACK_PLAIN.matcher(line)).matches()) {
            String label = m.group(2) == null ? "" : m.group(2);
            return located(Integer.parseInt(m.group(1)), label, TraceState.Kind.BACK_TO_STATE);
        }
        String excerpt = line.length() > EXCERPT_LENGTH ? line.substring(0, EXCERPT_LENGTH) + "..." : line;
        throw TlaValueSyntaxException.at(body, start, EXPECTED, "'" + excerpt + "'");
    }

    /** Splits "Next line 5, col 9 to line 5, col 42 of module T" into the action name and its location. */
    private static TraceHeader located(int number, String label, TraceState.Kind kind) {
        Matcher m = LOCATED_ACTION.matcher(label.strip());
        if (m.matches()) {
            return new TraceHeader(number, m.group(1).strip(), m.group(2), kind);
        }
        return new TraceHeader(number, label.strip(), "", kind);
    }
}

package lifeline.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Test helper: the bodies of TLC -tool messages with given codes (the real message parser lives in lifeline.tlc). */
final class ToolMessages {
    /** A trace state (2217), the stuttering marker (2218) and the back-to-state marker (2122). */
    static final Set<Integer> TRACE_STATE_CODES = Set.of(2217, 2218, 2122);

    private static final Pattern START = Pattern.compile("@!@!@STARTMSG (\\d+):\\d+ @!@!@");
    private static final Pattern END = Pattern.compile("@!@!@ENDMSG (\\d+) @!@!@");

    private ToolMessages() {}

    static List<String> bodies(String output, Set<Integer> codes) {
        List<String> bodies = new ArrayList<>();
        StringBuilder body = null;
        for (String line : output.split("\n", -1)) {
            Matcher start = START.matcher(line);
            if (start.matches()) {
                body = codes.contains(Integer.parseInt(start.group(1))) ? new StringBuilder() : null;
            } else if (END.matcher(line).matches()) {
                if (body != null) {
                    bodies.add(body.toString());
                }
                body = null;
            } else if (body != null) {
                body.append(line).append('\n');
            }
        }
        return bodies;
    }

    static List<String> traceStateBodies(String output) {
        return bodies(output, TRACE_STATE_CODES);
    }
}

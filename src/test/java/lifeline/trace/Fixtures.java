package lifeline.trace;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lifeline.trace.value.TlaValue;
import lifeline.trace.value.TlaValueSyntaxException;

/** Test helper: the captured TLC runs under src/test/resources/lifeline/trace/fixtures. */
final class Fixtures {
    static final String DIRECTORY = "/lifeline/trace/fixtures/";

    private Fixtures() {}

    static String read(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(DIRECTORY + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The trace of a -tool output, one TraceState per state message, read as a check reads it. */
    static List<TraceState> trace(String toolOutput) throws TlaValueSyntaxException {
        return DecodedStates.ofToolOutput(toolOutput);
    }

    /** The state in each 2107 message ("Invariant Inv is violated by the initial state:" and the state). */
    static List<Map<String, TlaValue>> initialStateViolations(String toolOutput) throws TlaValueSyntaxException {
        List<Map<String, TlaValue>> states = new ArrayList<>();
        for (String body : ToolMessages.bodies(toolOutput, Set.of(2107))) {
            states.add(TraceStateParser.parseVariables(body.substring(body.indexOf('\n') + 1)));
        }
        return states;
    }
}

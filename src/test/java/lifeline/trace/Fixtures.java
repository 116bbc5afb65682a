package lifeline.trace;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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

    /** The trace of a -tool output, one TraceState per state message. */
    static List<TraceState> trace(String toolOutput) throws TlaValueSyntaxException {
        List<TraceState> trace = new ArrayList<>();
        for (String body : ToolMessages.traceStateBodies(toolOutput)) {
            trace.add(TraceStateParser.parse(body));
        }
        return trace;
    }
}

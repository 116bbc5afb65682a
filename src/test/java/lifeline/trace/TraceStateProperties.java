package lifeline.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import lifeline.trace.value.TlaValue;
import lifeline.trace.value.TlaValueArbitraries;
import lifeline.trace.value.TlaValueSyntaxException;
import lifeline.trace.value.TlcLayout;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class TraceStateProperties {
    private static final List<String> BODY_SOUP = List.of(
            "1: ", "<Initial predicate>", "<Next line 5, col 9 to line 5, col 42 of module T>", "Stuttering",
            "Back to state", ": ", "\n", "/\\ ", "x", " = ", "=", "<<", ">>", "{", "}", "[a |-> ", "]", "\"",
            "\\", "-1", ",", "(1 :> 2 @@ ", ")", "  ", "\r\n", "State ");

    @Property(tries = 200, seed = "20261130")
    void printedStatesParseBackToEqualStates(@ForAll("variables") Map<String, TlaValue> variables,
                                             @ForAll @IntRange(min = 1, max = 999) int number,
                                             @ForAll long seed) throws Exception {
        Random random = new Random(seed);
        StringBuilder body = new StringBuilder(number + ": <Next line 5, col 9 to line 5, col 42 of module T>\n");
        boolean bare = variables.size() == 1 && random.nextBoolean();
        variables.forEach((name, value) -> body.append(bare ? "" : "/\\ ").append(name).append(" = ")
                .append(TlcLayout.spreadOverLines(value.toTla(), random)).append('\n'));
        body.append('\n');
        TraceState expected = new TraceState(number, "Next", "line 5, col 9 to line 5, col 42 of module T", variables);
        assertEquals(expected, DecodedStates.ofMessage(body.toString()));
    }

    @Property(tries = 500, seed = "20261130")
    void garbageBodiesFailOnlyWithASyntaxException(@ForAll("garbage") String body) {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            try {
                DecodedStates.ofMessage(body);
            } catch (TlaValueSyntaxException expected) {
                // the only acceptable failure
            }
        }, () -> "hangs on " + body);
    }

    @Provide
    Arbitrary<Map<String, TlaValue>> variables() {
        return Arbitraries.maps(TlaValueArbitraries.names(), TlaValueArbitraries.values()).ofMinSize(1).ofMaxSize(6);
    }

    @Provide
    Arbitrary<String> garbage() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(60),
                Arbitraries.of(BODY_SOUP).list().ofMaxSize(40).map(parts -> String.join("", parts)));
    }
}

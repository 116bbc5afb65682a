package lifeline.trace.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TlaValueProperties {
    private static final List<String> TOKEN_SOUP = List.of(
            "<<", ">>", "{", "}", "[", "]", "(", ")", ",", "|->", ":>", "@@", "\"", "\\", "-", "1", "-7", "p1",
            "TRUE", " ", "\n", "a", "_", ">", "<", ":", "|", "@", "\"x\"", "\\\"", "99999999999999999999", "..", "=");

    @Property(tries = 400, seed = "20261130")
    void printedValuesParseBackToEqualValues(@ForAll("values") TlaValue value) throws Exception {
        String printed = value.toTla();
        TlaValue parsed = TlaValueParser.parse(printed);
        assertEquals(value, parsed);
        assertEquals(printed, parsed.toTla(), "order of sets, records and functions is kept");
    }

    @Property(tries = 300, seed = "20261130")
    void lineBreaksAndIndentationBetweenTokensDoNotMatter(@ForAll("values") TlaValue value, @ForAll long seed)
            throws Exception {
        String spread = TlcLayout.spreadOverLines(value.toTla(), new Random(seed));
        assertEquals(value, TlaValueParser.parse(spread));
    }

    @Property(tries = 500, seed = "20261130")
    void garbageFailsOnlyWithASyntaxException(@ForAll("garbage") String text) {
        parsesOrFailsCleanly(text);
    }

    @Property(tries = 500, seed = "20261130")
    void damagedValuesFailOnlyWithASyntaxException(@ForAll("values") TlaValue value, @ForAll long seed) {
        parsesOrFailsCleanly(damage(value.toTla(), new Random(seed)));
    }

    @Provide
    Arbitrary<TlaValue> values() {
        return TlaValueArbitraries.values();
    }

    @Provide
    Arbitrary<String> garbage() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.of(TOKEN_SOUP).list().ofMaxSize(40).map(tokens -> String.join("", tokens)));
    }

    static void parsesOrFailsCleanly(String text) {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            try {
                TlaValueParser.parse(text);
            } catch (TlaValueSyntaxException expected) {
                // the only acceptable failure
            }
        }, () -> "hangs on " + text);
    }

    private static String damage(String text, Random random) {
        StringBuilder out = new StringBuilder(text);
        int edits = 1 + random.nextInt(3);
        for (int k = 0; k < edits; k++) {
            int at = random.nextInt(out.length() + 1);
            String piece = TOKEN_SOUP.get(random.nextInt(TOKEN_SOUP.size()));
            switch (random.nextInt(3)) {
                case 0 -> out.insert(at, piece);
                case 1 -> out.delete(at, Math.min(out.length(), at + 1 + random.nextInt(3)));
                default -> out.replace(at, Math.min(out.length(), at + 1), piece);
            }
        }
        return out.toString();
    }
}

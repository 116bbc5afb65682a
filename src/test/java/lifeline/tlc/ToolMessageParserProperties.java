package lifeline.tlc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class ToolMessageParserProperties {

    @Property(tries = 200, seed = "20261130")
    void chunkBoundariesDoNotChangeTheParse(@ForAll("fixtureNames") String fixture,
                                            @ForAll @Size(max = 40) List<@IntRange(min = 1, max = 40) Integer> cuts) {
        String text = Fixtures.output(fixture);
        ToolMessageParser parser = new ToolMessageParser();
        List<ToolOutput> out = new ArrayList<>();
        int pos = 0;
        for (int cut : cuts) {
            int end = Math.min(text.length(), pos + cut);
            out.addAll(parser.feed(text.substring(pos, end)));
            pos = end;
        }
        out.addAll(parser.feed(text.substring(pos)));
        out.addAll(parser.finish());

        assertEquals(ToolMessageParser.parseAll(text), out);
    }

    @Provide
    Arbitrary<String> fixtureNames() {
        return Arbitraries.of("passing", "violation", "deadlock", "parse_error", "semantic_error",
                "eval_error", "liveness", "config_error", "out_of_memory");
    }
}

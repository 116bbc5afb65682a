package lifeline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import lifeline.model.RandomScenarios;
import lifeline.model.Scenario;
import lifeline.model.ScenarioValidator;
import lifeline.model.TestScenarios;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * Whatever the bytes, reading either gives a scenario or a ScenarioFormatException naming the file;
 * and whatever it gives can be validated, written and read back unchanged.
 */
public class ScenarioJsonFuzzTest {
    private static final String NAME = "fuzz.lifeline.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Pieces of the format, so that random text often gets past the first few characters. */
    private static final List<String> TOKENS = List.of("{", "}", "[", "]", ":", ",", " ", "\n", "\"", "\\", "x",
            "\u0000", "é", "1", "-1", "3.5", "1e999", "true", "false", "null", "\"format\"", "\"lifeline-scenario\"",
            "\"version\"", "\"processes\"", "\"files\"", "\"fds\"", "\"watches\"", "\"id\"", "\"name\"", "\"tgid\"",
            "\"kind\"", "\"driver\"", "\"epoll\"", "\"binder\"", "\"opener\"", "\"operations\"", "\"op\"", "\"fd\"",
            "\"close\"", "\"ioctl\"", "\"fput\"", "\"P1\"", "\"position\"", "\"x\"", "\"kworker\"", "//", "'");

    /** Values a mutation may put anywhere in the tree. */
    private static final List<JsonNode> VALUES = List.of(NODES.textNode("three"), NODES.textNode(""),
            NODES.numberNode(3.5), NODES.numberNode(-1), NODES.numberNode(4_194_305), NODES.numberNode(1L << 40),
            NODES.booleanNode(true), NODES.nullNode(), NODES.arrayNode(), NODES.objectNode(),
            NODES.textNode("lifeline-scenario"), NODES.textNode("P1"), NODES.textNode("close"),
            NODES.textNode("driver"), NODES.numberNode(3), NODES.numberNode(2));

    @Provide
    Arbitrary<String> garbage() {
        return Arbitraries.oneOf(
                Arbitraries.of(TOKENS).list().ofMaxSize(80).map(l -> String.join("", l)),
                Arbitraries.strings().ofMaxLength(200),
                Arbitraries.strings().withChars("{}[]\":,.-+0123456789eEtrufalsn \n\\").ofMaxLength(200));
    }

    @Property(tries = 1000, seed = "20261130")
    void garbageIsReadOrRefusedWithTheFileName(@ForAll("garbage") String text) {
        readOrRefuse(text);
    }

    @Provide
    Arbitrary<String> mutatedFiles() {
        Arbitrary<Scenario> start = Arbitraries.oneOf(RandomScenarios.validScenarios(),
                Arbitraries.just(TestScenarios.rich()));
        Arbitrary<List<Integer>> tape = Arbitraries.integers().between(0, Integer.MAX_VALUE).list().ofMinSize(3)
                .ofMaxSize(12);
        return Combinators.combine(start, tape).as(ScenarioJsonFuzzTest::mutate);
    }

    @Property(tries = 1000, seed = "20261130")
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void mutatedFilesAreReadOrRefusedWithTheFileName(@ForAll("mutatedFiles") String text) {
        String outcome = readOrRefuse(text);
        // Mutations must reach the reader's structure checks, not only the JSON parser.
        Statistics.collect(outcome);
        Statistics.coverage(c -> {
            c.check("read").percentage(p -> p > 10);
            c.check("syntax error").percentage(p -> p > 10);
            c.check("structure error").percentage(p -> p > 10);
        });
    }

    /** "read", "syntax error" or "structure error". */
    private static String readOrRefuse(String text) {
        Scenario s;
        try {
            s = ScenarioJson.fromJson(text, NAME);
        } catch (ScenarioFormatException e) {
            assertTrue(e.getMessage().startsWith(NAME + ": ") || e.getMessage().matches("(?s)" + NAME + ":\\d+:\\d+: .*"),
                    e.getMessage());
            assertTrue(!e.detail().isBlank(), e.getMessage());
            return e.line() > 0 ? "syntax error" : "structure error";
        }
        ScenarioValidator.validate(s);
        try {
            assertEquals(s, ScenarioJson.fromJson(ScenarioJson.toJson(s), NAME));
        } catch (ScenarioFormatException e) {
            throw new AssertionError("a scenario that was read could not be read back after writing: " + e.getMessage(), e);
        }
        return "read";
    }

    /** Applies a few tree mutations, then maybe a text mutation, each chosen by the numbers of the tape (3 to 12, each 0 or more). */
    public static String mutate(Scenario start, List<Integer> tape) {
        JsonNode tree = ScenarioWriter.tree(start);
        int treeMutations = tape.get(0) % 4;
        for (int i = 0; i < treeMutations; i++) {
            tree = mutateTree(tree, tape.get(1 + i % (tape.size() - 1)), tape.get((2 + i) % tape.size()));
        }
        String text;
        try {
            text = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        return mutateText(text, tape.get(tape.size() - 1), tape.get(tape.size() - 2));
    }

    private static JsonNode mutateTree(JsonNode tree, int where, int what) {
        List<Slot> slots = new ArrayList<>();
        collect(tree, slots);
        if (slots.isEmpty()) {
            return tree;
        }
        Slot slot = slots.get(where % slots.size());
        switch (what % 3) {
            case 0 -> slot.remove();
            case 1 -> slot.set(VALUES.get((what / 3) % VALUES.size()));
            default -> swap(slot, slots.get((what / 3) % slots.size()));
        }
        return tree;
    }

    /** Swaps two values; when one holds the other the inner one lands in a detached copy, which is harmless. */
    private static void swap(Slot a, Slot b) {
        JsonNode valueOfA = a.get().deepCopy();
        a.set(b.get().deepCopy());
        b.set(valueOfA);
    }

    private static String mutateText(String text, int how, int where) {
        int at = where % (text.length() + 1);
        return switch (how % 5) {
            case 0 -> text.substring(0, at);
            case 1 -> text.substring(0, at) + TOKENS.get((how / 5) % TOKENS.size()) + text.substring(at);
            case 2 -> at < text.length() ? text.substring(0, at) + text.substring(at + 1) : text;
            default -> text;
        };
    }

    /** A place in the tree that holds a value: a key of an object or an index of an array. */
    private record Slot(JsonNode parent, String key, int index) {
        JsonNode get() {
            return key != null ? parent.get(key) : parent.get(index);
        }

        void set(JsonNode value) {
            if (key != null) {
                ((ObjectNode) parent).set(key, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }

        void remove() {
            if (key != null) {
                ((ObjectNode) parent).remove(key);
            } else {
                ((ArrayNode) parent).remove(index);
            }
        }
    }

    private static void collect(JsonNode node, List<Slot> out) {
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(k -> out.add(new Slot(node, k, -1)));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                out.add(new Slot(node, null, i));
            }
        }
        node.forEach(child -> collect(child, out));
    }
}

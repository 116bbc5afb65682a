package lifeline.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import lifeline.model.Scenario;

/**
 * The scenario file format ({@code docs/file-format.md}): text to scenario and back. Reading checks
 * the structure only; whether the scenario makes sense is {@link lifeline.model.ScenarioValidator}'s job.
 */
public final class ScenarioJson {
    /** The value of the "format" key that marks a Lifeline scenario. */
    public static final String FORMAT = "lifeline-scenario";
    /** The version this Lifeline writes, and the newest it reads. */
    public static final int VERSION = 2;
    public static final String EXTENSION = ".lifeline.json";

    // A key given twice would silently win or lose; trailing text means a botched merge or paste.
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private ScenarioJson() {}

    /** The file's text: keys in a fixed order, 2-space indentation, "\n" line ends, a final newline. */
    public static String toJson(Scenario scenario) {
        return JsonLayout.print(ScenarioWriter.tree(scenario), MAPPER);
    }

    /**
     * Reads a scenario from the text of a file.
     *
     * @param sourceName how messages name the text, usually the file's path
     * @throws ScenarioFormatException if the text is not JSON or not a scenario of a version this reads
     */
    public static Scenario fromJson(String text, String sourceName) throws ScenarioFormatException {
        // Editors on Windows may start UTF-8 files with a byte order mark; JSON parsers need not accept it.
        String json = text.startsWith("\uFEFF") ? text.substring(1) : text;
        JsonNode tree;
        JsonParser parser = null;
        try {
            parser = MAPPER.createParser(json);
            tree = MAPPER.readTree(parser);
            if (tree != null && parser.nextToken() != null) {
                throw new ScenarioFormatException(sourceName, parser.currentTokenLocation().getLineNr(),
                        parser.currentTokenLocation().getColumnNr(), SyntaxMessages.TRAILING, null);
            }
        } catch (JsonProcessingException e) {
            // The parser's limits (a number of over 1,000 digits) are reported without a place; the parser knows it.
            JsonLocation at = e.getLocation() != null ? e.getLocation()
                    : parser != null ? parser.currentLocation() : null;
            String detail = SyntaxMessages.plain(e);
            if (at == null || at.getLineNr() < 1) {
                throw new ScenarioFormatException(sourceName, detail, e);
            }
            throw new ScenarioFormatException(sourceName, at.getLineNr(), Math.max(1, at.getColumnNr()), detail, e);
        } catch (IOException e) {
            throw new ScenarioFormatException(sourceName, "cannot be read as JSON: " + IoErrors.reason(e), e);
        }
        if (tree == null || tree.isMissingNode()) {
            throw new ScenarioFormatException(sourceName, "the file is empty; expected a Lifeline scenario");
        }
        if (!tree.isObject()) {
            throw new ScenarioFormatException(sourceName, "expected a JSON object at the top level, found "
                    + Place.describe(tree));
        }
        return ScenarioReader.scenario(Place.root(tree, new ScenarioText(sourceName, json)));
    }
}

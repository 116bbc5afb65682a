package lifeline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import lifeline.model.ScenarioValidator;
import lifeline.model.Scenario;
import org.junit.jupiter.api.Test;

/** The example in docs/file-format.md is a valid scenario, written exactly as Lifeline writes it. */
class FileFormatDocTest {
    @Test
    void theDocumentedExampleIsWhatLifelineWrites() throws Exception {
        String doc = Files.readString(Path.of("docs/file-format.md"));
        int start = doc.indexOf("```json\n") + "```json\n".length();
        String example = doc.substring(start, doc.indexOf("```", start));
        Scenario s = ScenarioJson.fromJson(example, "docs/file-format.md");
        assertEquals(List.of(), ScenarioValidator.validate(s));
        assertEquals(example, ScenarioJson.toJson(s));
    }
}

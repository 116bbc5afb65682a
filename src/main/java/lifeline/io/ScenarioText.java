package lifeline.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/** The text of a scenario file and how messages name it; finds where a key stands for a message. */
record ScenarioText(String name, String json) {
    private static final JsonFactory FACTORY = new JsonFactory();

    /** An error at the line and column of the key at that pointer, or without them if it cannot be found. */
    ScenarioFormatException errorAtKey(JsonPointer key, String detail) {
        JsonLocation at = locate(key);
        return at == null ? new ScenarioFormatException(name, detail)
                : new ScenarioFormatException(name, at.getLineNr(), Math.max(1, at.getColumnNr()), detail, null);
    }

    /** Only runs for an error, so a second pass over the text costs nothing in the common case. */
    private JsonLocation locate(JsonPointer key) {
        String last = key.last().getMatchingProperty();
        try (JsonParser p = FACTORY.createParser(json)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.FIELD_NAME && last.equals(p.currentName())
                        && key.equals(p.getParsingContext().pathAsPointer())) {
                    return p.currentTokenLocation();
                }
            }
        } catch (IOException e) {
            // The text parsed once already; if it does not now, the message goes without a place.
        }
        return null;
    }
}

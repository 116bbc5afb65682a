package lifeline.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

/**
 * Lays a JSON tree out for diffs: 2-space indentation, one line per entry, except that small
 * flat objects and arrays of plain values ({@code { "process" : "P1", "fd" : 3, "file" : "F1" }})
 * stay on one line so that adding an fd, a watch or an operation changes exactly one line. The
 * choice depends only on the shape of the tree, never on the values, so edits do not reflow.
 * Jackson writes every value, so escaping is Jackson's.
 */
final class JsonLayout {
    /** Flat objects up to this many keys stay on one line (an op, an fd, a watch, a position). */
    private static final int INLINE_KEYS = 4;
    private static final String INDENT = "  ";

    private final ObjectMapper mapper;
    private final StringBuilder out = new StringBuilder();

    private JsonLayout(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The text of the tree with a final newline; line ends are always "\n", on every platform. */
    static String print(JsonNode tree, ObjectMapper mapper) {
        JsonLayout layout = new JsonLayout(mapper);
        layout.value(tree, "");
        return layout.out.append('\n').toString();
    }

    private void value(JsonNode n, String indent) {
        if (!n.isContainerNode()) {
            out.append(scalar(n));
        } else if (n.isEmpty()) {
            out.append(n.isArray() ? "[ ]" : "{ }");
        } else if (inline(n)) {
            inlineContainer(n);
        } else if (n.isArray()) {
            blockArray(n, indent);
        } else {
            blockObject(n, indent);
        }
    }

    private static boolean inline(JsonNode n) {
        for (JsonNode child : n) {
            if (child.isContainerNode()) {
                return false;
            }
        }
        return n.isArray() || n.size() <= INLINE_KEYS;
    }

    private void inlineContainer(JsonNode n) {
        out.append(n.isArray() ? "[ " : "{ ");
        if (n.isArray()) {
            Iterator<JsonNode> it = n.elements();
            while (it.hasNext()) {
                out.append(scalar(it.next())).append(it.hasNext() ? ", " : "");
            }
        } else {
            Iterator<Map.Entry<String, JsonNode>> it = n.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                out.append(key(e.getKey())).append(scalar(e.getValue())).append(it.hasNext() ? ", " : "");
            }
        }
        out.append(n.isArray() ? " ]" : " }");
    }

    private void blockArray(JsonNode n, String indent) {
        String inner = indent + INDENT;
        out.append("[\n");
        Iterator<JsonNode> it = n.elements();
        while (it.hasNext()) {
            out.append(inner);
            value(it.next(), inner);
            out.append(it.hasNext() ? ",\n" : "\n");
        }
        out.append(indent).append(']');
    }

    private void blockObject(JsonNode n, String indent) {
        String inner = indent + INDENT;
        out.append("{\n");
        Iterator<Map.Entry<String, JsonNode>> it = n.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            out.append(inner).append(key(e.getKey()));
            value(e.getValue(), inner);
            out.append(it.hasNext() ? ",\n" : "\n");
        }
        out.append(indent).append('}');
    }

    private String key(String k) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(k)) + "\" : ";
    }

    private String scalar(JsonNode n) {
        try {
            return mapper.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a JSON value node could not be written", e);
        }
    }
}

package lifeline.io;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import lifeline.model.Printable;

/**
 * A node of the JSON tree with its path from the root, so every structure error can say where it is
 * ({@code processes[2].operations[0].fd}) and what was found there. An object also remembers the
 * keys read from it, so that the reader itself is the list of known keys and any other key can be
 * refused ({@link #refuseUnknownKeys}).
 */
final class Place {
    private static final int SHOWN_CHARS = 40;
    /** Room for a long description; far more than any name, id or enum value. */
    static final int MAX_TEXT = 10_000;

    private final JsonNode node;
    private final String path;
    private final JsonPointer pointer;
    private final ScenarioText text;
    private final Set<String> known = new LinkedHashSet<>();

    private Place(JsonNode node, String path, JsonPointer pointer, ScenarioText text) {
        this.node = node;
        this.path = path;
        this.pointer = pointer;
        this.text = text;
    }

    static Place root(JsonNode node, ScenarioText text) {
        return new Place(node, "", JsonPointer.empty(), text);
    }

    JsonNode node() {
        return node;
    }

    ScenarioFormatException error(String detail) {
        return new ScenarioFormatException(text.name(), path.isEmpty() ? detail : path + ": " + detail);
    }

    /**
     * Refuses a key of this object that the reader did not ask for: in a file of a version this
     * Lifeline reads, it is a typo (a misspelt optional key would silently take its default).
     */
    void refuseUnknownKeys() throws ScenarioFormatException {
        for (var it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!known.contains(key)) {
                String where = path.isEmpty() ? "" : path + ": ";
                throw text.errorAtKey(pointer.appendProperty(key), where + "unknown key " + quote(key)
                        + KeySuggestions.hint(key, known));
            }
        }
    }

    private ScenarioFormatException expected(String what) {
        return error("expected " + what + ", found " + describe(node));
    }

    Place object() throws ScenarioFormatException {
        if (!node.isObject()) {
            throw expected("an object");
        }
        return this;
    }

    /** A key that must be present; its value may still be null, which the typed getters refuse. */
    Place key(String key) throws ScenarioFormatException {
        object();
        known.add(key);
        if (!node.has(key)) {
            Optional<String> typo = KeySuggestions.nearest(key, node::fieldNames);
            if (typo.isPresent()) {
                throw text.errorAtKey(pointer.appendProperty(typo.get()), (path.isEmpty() ? "" : path + ": ")
                        + "missing required key " + quote(key) + "; is " + quote(typo.get()) + " a misspelling of it?");
            }
            throw error("missing required key \"" + key + "\"");
        }
        return child(key);
    }

    /** True when the key is absent or null: for optional keys, both mean "use the default". */
    boolean lacks(String key) {
        known.add(key);
        JsonNode v = node.get(key);
        return v == null || v.isNull();
    }

    Place child(String key) {
        known.add(key);
        return new Place(node.path(key), path.isEmpty() ? key : path + "." + key, pointer.appendProperty(key), text);
    }

    String text() throws ScenarioFormatException {
        if (!node.isTextual()) {
            throw expected("a string");
        }
        // The validator limits names to 100 characters; megabytes would only stall every view of them.
        if (node.textValue().length() > MAX_TEXT) {
            throw error("a string of " + String.format(Locale.ROOT, "%,d", node.textValue().length())
                    + " characters; no text in a scenario may be longer than " + String.format(Locale.ROOT, "%,d", MAX_TEXT));
        }
        return node.textValue();
    }

    /** For reference fields: the model allows a missing reference, and the validator reports it. */
    String textOrNull() throws ScenarioFormatException {
        return node.isNull() ? null : text();
    }

    int whole() throws ScenarioFormatException {
        if (!node.isIntegralNumber()) {
            throw expected("a whole number");
        }
        if (!node.canConvertToInt()) {
            throw expected("a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE);
        }
        return node.intValue();
    }

    double number() throws ScenarioFormatException {
        if (!node.isNumber() || !Double.isFinite(node.doubleValue())) {
            throw expected("a finite number");
        }
        return node.doubleValue();
    }

    boolean bool() throws ScenarioFormatException {
        if (!node.isBoolean()) {
            throw expected("true or false");
        }
        return node.booleanValue();
    }

    List<Place> elements() throws ScenarioFormatException {
        if (!node.isArray()) {
            throw expected("an array");
        }
        List<Place> out = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            out.add(new Place(node.get(i), path + "[" + i + "]", pointer.appendIndex(i), text));
        }
        return out;
    }

    /** One of the allowed values, by its name in the file; an unknown one lists what is allowed. */
    <T> T choice(String what, List<T> allowed, Function<T, String> name) throws ScenarioFormatException {
        String given = text();
        for (T t : allowed) {
            if (name.apply(t).equals(given)) {
                return t;
            }
        }
        throw error("unknown " + what + " " + quote(given) + "; allowed: "
                + allowed.stream().map(t -> quote(name.apply(t))).collect(Collectors.joining(", ")));
    }

    static String describe(JsonNode n) {
        if (n == null || n.isMissingNode()) {
            return "nothing";
        }
        if (n.isTextual()) {
            String s = n.textValue();
            return s.length() > SHOWN_CHARS ? quote(s.substring(0, SHOWN_CHARS)) + "..." : quote(s);
        }
        if (n.isObject()) {
            return "an object";
        }
        if (n.isArray()) {
            return "an array";
        }
        String s = n.asText();
        return s.length() > SHOWN_CHARS ? s.substring(0, SHOWN_CHARS) + "..." : s;
    }

    /** Quoted, with control characters escaped so that bad input cannot garble a message. */
    static String quote(String s) {
        return "\"" + Printable.of(s) + "\"";
    }
}

package lifeline.spec;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import lifeline.model.Printable;

/** Small builders for TLA+ value expressions in generated modules. */
final class Tla {
    private Tla() {}

    /** A string literal. Only generated ids and fixed words are passed here, but escape anyway. */
    static String str(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> b.append(c >= 0x20 && c < 0x7f ? c : '?');
            }
        }
        return b.append('"').toString();
    }

    static String bool(boolean b) {
        return b ? "TRUE" : "FALSE";
    }

    static String set(Collection<String> elements) {
        return elements.stream().collect(Collectors.joining(", ", "{", "}"));
    }

    static String strSet(Collection<String> ids) {
        return set(ids.stream().map(Tla::str).toList());
    }

    /** A function over string ids, written as a record; over no ids, an empty function. */
    static String record(Map<String, String> fields, String emptyRange) {
        if (fields.isEmpty()) {
            return "[x \\in {} |-> " + emptyRange + "]";
        }
        return fields.entrySet().stream()
                .map(e -> e.getKey() + " |-> " + e.getValue())
                .collect(Collectors.joining(", ", "[", "]"));
    }

    /** A function over numbers, written with :> and @@. */
    static String intFunction(Map<Integer, String> entries, String emptyRange) {
        if (entries.isEmpty()) {
            return "[x \\in {} |-> " + emptyRange + "]";
        }
        return entries.entrySet().stream()
                .map(e -> e.getKey() + " :> " + e.getValue())
                .collect(Collectors.joining(" @@ ", "(", ")"));
    }

    static String tuple(List<String> elements) {
        return elements.stream().collect(Collectors.joining(", ", "<<", ">>"));
    }

    /**
     * Text safe inside a TLA+ end-of-line comment: printable ASCII only, everything else as
     * \\uXXXX (and so is '*'), so no line break and no comment delimiter comes from user input.
     */
    static String comment(String text) {
        // A comment only helps a reader find the object; a huge name must not make SANY parse megabytes.
        String s = text.length() > Printable.MAX_SHOWN
                ? text.substring(0, Printable.SHOWN) + "... (" + text.length() + " characters)" : text;
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c >= 0x20 && c < 0x7f && c != '*') {
                b.append(c);
            } else {
                b.append(String.format("\\u%04x", (int) c));
            }
        }
        return b.toString();
    }
}

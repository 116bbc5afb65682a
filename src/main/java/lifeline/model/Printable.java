package lifeline.model;

import java.util.Locale;

/**
 * Text the user typed (names, ids, paths), made safe to print to a terminal, a report or a message:
 * control characters and bidi overrides are shown as escapes, so a name cannot clear the screen,
 * start a line of its own or reverse what follows it; a very long one is shortened. The one place
 * that decides how typed text is printed.
 */
public final class Printable {
    /** Longer text is shortened to its first {@link #SHOWN} characters and its length. */
    public static final int MAX_SHOWN = 200;
    public static final int SHOWN = 60;

    private Printable() {}

    /** The text with every unsafe character escaped ({@code \e}, {@code \n}, {@code \x7f}, {@code \u202e}). */
    public static String of(String text) {
        if (text == null) {
            return "null";
        }
        if (text.length() > MAX_SHOWN) {
            return escape(text.substring(0, SHOWN)) + "... (" + String.format(Locale.ROOT, "%,d", text.length()) + " characters)";
        }
        return escape(text);
    }

    /** A whole message of Lifeline's that quotes typed text (a path): escaped, never shortened. */
    public static String line(String text) {
        return text == null ? "null" : escape(text);
    }

    /** True when printing the text as it is would be safe. */
    public static boolean isSafe(String text) {
        return text.codePoints().noneMatch(Printable::unsafe);
    }

    private static String escape(String text) {
        if (isSafe(text)) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length() + 8);
        text.codePoints().forEach(c -> {
            if (unsafe(c)) {
                b.append(escapeOf(c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }

    private static String escapeOf(int c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            case 0x1b -> "\\e";
            default -> c < 0x100 ? String.format("\\x%02x", c) : String.format("\\u%04x", c);
        };
    }

    /**
     * C0 and C1 controls and DEL (terminal commands, line breaks), the line and paragraph separators,
     * the bidi embeddings, overrides, isolates and marks (they reorder the text after them), and
     * unpaired surrogates (not text at all; a pair is one code point and safe).
     */
    private static boolean unsafe(int c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f)
                || c == 0x061c || c == 0x200e || c == 0x200f
                || (c >= 0x2028 && c <= 0x202e)
                || (c >= 0x2066 && c <= 0x2069)
                || (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE);
    }
}

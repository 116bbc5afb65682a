package lifeline.trace.value;

/** The lexical rules TLC prints by: which words are names, and how strings are escaped. */
final class TlaSyntax {
    private TlaSyntax() {}

    /** A name TLC prints bare: letters, digits and '_', with at least one letter (TLC's FcnRcdValue.isName). */
    static boolean isName(String word) {
        boolean hasLetter = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c != '_' && !Character.isLetterOrDigit(c)) {
                return false;
            }
            hasLetter |= Character.isLetter(c);
        }
        return hasLetter;
    }

    static boolean isWordChar(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }

    static boolean isBooleanKeyword(String word) {
        return word.equals("TRUE") || word.equals("FALSE");
    }

    /** Appends {@code text} as a TLA+ string literal with TLC's escapes. */
    static void appendQuoted(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        out.append('"');
    }

    /** Appends {@code open}, the elements separated by ", ", then {@code close}. */
    static void appendJoined(StringBuilder out, String open, Iterable<TlaValue> elements, String close) {
        out.append(open);
        String separator = "";
        for (TlaValue element : elements) {
            out.append(separator);
            element.appendTla(out);
            separator = ", ";
        }
        out.append(close);
    }

    /** The character an escape {@code \c} stands for, or -1 if TLC knows no such escape. */
    static int unescape(char c) {
        return switch (c) {
            case '"' -> '"';
            case '\\' -> '\\';
            case 't' -> '\t';
            case 'n' -> '\n';
            case 'f' -> '\f';
            case 'r' -> '\r';
            default -> -1;
        };
    }
}

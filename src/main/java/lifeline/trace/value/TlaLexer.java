package lifeline.trace.value;

/** Splits TLC-printed value text into tokens, one at a time, for {@link TlaValueParser}. */
final class TlaLexer {
    private static final int EXCERPT_LENGTH = 30;

    enum Type {
        NUMBER, STRING, NAME,
        OPEN_SEQ, CLOSE_SEQ, OPEN_SET, CLOSE_SET, OPEN_RECORD, CLOSE_RECORD, OPEN_PAREN, CLOSE_PAREN,
        COMMA, MAPS_TO, ENTRY, MERGE, UNKNOWN, END
    }

    /** One token of source[start, end); {@code number} for NUMBER, {@code text} for NAME and STRING (unescaped). */
    record Token(Type type, int start, int end, long number, String text) {}

    private final String source;
    private final int end;
    private int pos;

    TlaLexer(String source, int start, int end) {
        this.source = source;
        this.pos = start;
        this.end = end;
    }

    Token next() throws TlaValueSyntaxException {
        skipWhitespace();
        if (pos >= end) {
            return new Token(Type.END, end, end, 0, "");
        }
        char c = source.charAt(pos);
        return switch (c) {
            case '"' -> string();
            case ',' -> symbol(Type.COMMA, 1);
            case '{' -> symbol(Type.OPEN_SET, 1);
            case '}' -> symbol(Type.CLOSE_SET, 1);
            case '[' -> symbol(Type.OPEN_RECORD, 1);
            case ']' -> symbol(Type.CLOSE_RECORD, 1);
            case '(' -> symbol(Type.OPEN_PAREN, 1);
            case ')' -> symbol(Type.CLOSE_PAREN, 1);
            case '<' -> symbolIf("<<", Type.OPEN_SEQ);
            case '>' -> symbolIf(">>", Type.CLOSE_SEQ);
            case '|' -> symbolIf("|->", Type.MAPS_TO);
            case ':' -> symbolIf(":>", Type.ENTRY);
            case '@' -> symbolIf("@@", Type.MERGE);
            case '-' -> pos + 1 < end && isAsciiDigit(source.charAt(pos + 1)) ? word(pos + 1) : unknown();
            default -> TlaSyntax.isWordChar(c) ? word(pos) : unknown();
        };
    }

    /** How a token reads in an error message. */
    String describe(Token token) {
        if (token.type() == Type.END) {
            return "end of input";
        }
        String raw = source.substring(token.start(), Math.min(token.end(), token.start() + EXCERPT_LENGTH));
        String more = token.end() - token.start() > EXCERPT_LENGTH ? "..." : "";
        return switch (token.type()) {
            case NUMBER -> "integer " + raw + more;
            case STRING -> "string " + raw + more;
            case UNKNOWN -> "unexpected '" + raw + more + "'";
            default -> "'" + raw + more + "'";
        };
    }

    private void skipWhitespace() {
        while (pos < end) {
            char c = source.charAt(pos);
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                return;
            }
            pos++;
        }
    }

    private Token symbol(Type type, int length) {
        Token token = new Token(type, pos, pos + length, 0, "");
        pos += length;
        return token;
    }

    private Token symbolIf(String symbol, Type type) {
        return source.startsWith(symbol, pos) && pos + symbol.length() <= end ? symbol(type, symbol.length()) : unknown();
    }

    private Token unknown() {
        return symbol(Type.UNKNOWN, Character.charCount(source.codePointAt(pos)));
    }

    /** A number (with the '-' before {@code from}, if any) or a name: a run of letters, digits and '_'. */
    private Token word(int from) throws TlaValueSyntaxException {
        int start = pos;
        int stop = from;
        boolean allDigits = true;
        while (stop < end && TlaSyntax.isWordChar(source.charAt(stop))) {
            allDigits &= isAsciiDigit(source.charAt(stop));
            stop++;
        }
        String text = source.substring(start, stop);
        pos = stop;
        if (allDigits) {
            return new Token(Type.NUMBER, start, stop, parseLong(text, start), text);
        }
        boolean isName = from == start && TlaSyntax.isName(text);
        return new Token(isName ? Type.NAME : Type.UNKNOWN, start, stop, 0, text);
    }

    private long parseLong(String digits, int start) throws TlaValueSyntaxException {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            String shown = digits.length() > EXCERPT_LENGTH ? digits.substring(0, EXCERPT_LENGTH) + "..." : digits;
            throw TlaValueSyntaxException.at(source, start,
                    "an integer from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE, "integer " + shown);
        }
    }

    private Token string() throws TlaValueSyntaxException {
        int start = pos;
        StringBuilder text = new StringBuilder();
        pos++;
        while (true) {
            if (pos >= end) {
                throw TlaValueSyntaxException.at(source, end, "'\"' to close the string at offset " + start, "end of input");
            }
            char c = source.charAt(pos);
            if (c == '"') {
                pos++;
                return new Token(Type.STRING, start, pos, 0, text.toString());
            }
            if (c == '\\') {
                int escaped = pos + 1 < end ? TlaSyntax.unescape(source.charAt(pos + 1)) : -1;
                if (escaped < 0) {
                    String found = pos + 1 < end ? "'\\" + source.charAt(pos + 1) + "'" : "end of input";
                    throw TlaValueSyntaxException.at(source, pos, "one of the escapes \\\" \\\\ \\n \\t \\f \\r", found);
                }
                text.append((char) escaped);
                pos += 2;
            } else {
                text.append(c);
                pos++;
            }
        }
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}

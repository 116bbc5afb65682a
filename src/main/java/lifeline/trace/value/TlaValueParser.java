package lifeline.trace.value;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import lifeline.trace.value.TlaLexer.Token;
import lifeline.trace.value.TlaLexer.Type;

/**
 * Reads values as TLC prints them (one line or pretty-printed over several): a recursive-descent
 * parser over {@link TlaLexer}'s tokens. Grammar, where a function chain binds loosest:
 * <pre>
 * value   = primary [':>' primary {'@@' primary ':>' primary}]
 * primary = integer | string | TRUE | FALSE | name | '&lt;&lt;' [values] '>>' | '{' [values] '}'
 *         | '[' name '|->' value {',' name '|->' value} ']' | '(' value ')'
 * </pre>
 */
public final class TlaValueParser {
    /** Deeper nesting than this is refused, so that hostile input cannot overflow the stack. */
    public static final int MAX_DEPTH = 256;

    private final String source;
    private final TlaLexer lexer;
    private Token token;

    private TlaValueParser(String source, int start, int end) {
        this.source = source;
        this.lexer = new TlaLexer(source, start, end);
    }

    public static TlaValue parse(String text) throws TlaValueSyntaxException {
        return parse(text, 0, text.length());
    }

    /** Parses {@code text[start, end)} as one value; error positions count from the start of {@code text}. */
    public static TlaValue parse(String text, int start, int end) throws TlaValueSyntaxException {
        Objects.checkFromToIndex(start, end, text.length());
        TlaValueParser parser = new TlaValueParser(text, start, end);
        parser.advance();
        TlaValue value = parser.value(0);
        if (parser.token.type() != Type.END) {
            throw parser.error("end of input");
        }
        return value;
    }

    private void advance() throws TlaValueSyntaxException {
        token = lexer.next();
    }

    private void expect(Type type, String expected) throws TlaValueSyntaxException {
        if (token.type() != type) {
            throw error(expected);
        }
        advance();
    }

    private TlaValueSyntaxException error(String expected) {
        return TlaValueSyntaxException.at(source, token.start(), expected, lexer.describe(token));
    }

    private TlaValue value(int depth) throws TlaValueSyntaxException {
        Token keyToken = token;
        TlaValue first = primary(depth);
        if (token.type() == Type.MERGE) {
            throw error("':>' (each entry before '@@' is 'key :> value')");
        }
        if (token.type() != Type.ENTRY) {
            return first;
        }
        Map<TlaValue, TlaValue> entries = new LinkedHashMap<>();
        addEntry(entries, keyToken, first, depth);
        while (token.type() == Type.MERGE) {
            advance();
            keyToken = token;
            TlaValue key = primary(depth);
            addEntry(entries, keyToken, key, depth);
        }
        return new TlaFunction(entries);
    }

    private void addEntry(Map<TlaValue, TlaValue> entries, Token keyToken, TlaValue key, int depth)
            throws TlaValueSyntaxException {
        expect(Type.ENTRY, "':>'");
        TlaValue image = primary(depth);
        if (entries.putIfAbsent(key, image) != null) {
            throw TlaValueSyntaxException.at(source, keyToken.start(),
                    "a key not already in this function", lexer.describe(keyToken));
        }
    }

    private TlaValue primary(int depth) throws TlaValueSyntaxException {
        Token first = token;
        switch (first.type()) {
            case NUMBER:
                advance();
                return new TlaInt(first.number());
            case STRING:
                advance();
                return new TlaString(first.text());
            case NAME:
                advance();
                return name(first.text());
            case OPEN_SEQ:
            case OPEN_SET:
            case OPEN_RECORD:
            case OPEN_PAREN:
                if (depth >= MAX_DEPTH) {
                    throw error("at most " + MAX_DEPTH + " levels of nesting");
                }
                return bracketed(first.type(), depth + 1);
            default:
                throw error("a value");
        }
    }

    private static TlaValue name(String name) {
        return switch (name) {
            case "TRUE" -> TlaBool.TRUE;
            case "FALSE" -> TlaBool.FALSE;
            default -> new TlaModelValue(name);
        };
    }

    private TlaValue bracketed(Type open, int depth) throws TlaValueSyntaxException {
        advance();
        switch (open) {
            case OPEN_SEQ:
                return new TlaSeq(elements(Type.CLOSE_SEQ, "'>>'", depth));
            case OPEN_SET:
                Set<TlaValue> elements = new LinkedHashSet<>(elements(Type.CLOSE_SET, "'}'", depth));
                return elements.isEmpty() ? TlaSet.EMPTY : new TlaSet(elements);
            case OPEN_RECORD:
                return record(depth);
            default:
                TlaValue inner = value(depth);
                expect(Type.CLOSE_PAREN, "')'");
                return inner;
        }
    }

    /** The comma-separated values up to {@code close}, which it consumes; the opening bracket is gone already. */
    private List<TlaValue> elements(Type close, String closeText, int depth) throws TlaValueSyntaxException {
        List<TlaValue> elements = new ArrayList<>();
        if (token.type() == close) {
            advance();
            return elements;
        }
        while (true) {
            elements.add(value(depth));
            if (token.type() != Type.COMMA) {
                expect(close, "',' or " + closeText);
                return elements;
            }
            advance();
        }
    }

    private TlaRecord record(int depth) throws TlaValueSyntaxException {
        Map<String, TlaValue> fields = new LinkedHashMap<>();
        while (true) {
            Token name = token;
            if (name.type() != Type.NAME) {
                throw error("a field name");
            }
            advance();
            expect(Type.MAPS_TO, "'|->'");
            if (fields.putIfAbsent(name.text(), value(depth)) != null) {
                throw TlaValueSyntaxException.at(source, name.start(),
                        "a field name not already in this record", lexer.describe(name));
            }
            if (token.type() != Type.COMMA) {
                expect(Type.CLOSE_RECORD, "',' or ']'");
                return new TlaRecord(fields);
            }
            advance();
        }
    }
}

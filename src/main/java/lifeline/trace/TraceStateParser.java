package lifeline.trace;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import lifeline.trace.value.TlaValue;
import lifeline.trace.value.TlaValueParser;
import lifeline.trace.value.TlaValueSyntaxException;

/**
 * Reads the variables of one TLC trace state (the text after the header line, which the TLC event decoder
 * reads). Each variable is "/\ name = value" starting at column 0 (TLC indents the continuation lines of a
 * long value), or a bare "name = value" when the spec has one variable.
 */
public final class TraceStateParser {
    private TraceStateParser() {}

    /**
     * Reads the variables, "/\ x = 1" lines or a bare "x = 1": the body of a state message, or the state in
     * message 2107 after its first line ("Invariant Inv is violated by the initial state:").
     */
    public static Map<String, TlaValue> parseVariables(String assignments) throws TlaValueSyntaxException {
        return variables(assignments, skipBlankLines(assignments, 0));
    }

    private static Map<String, TlaValue> variables(String body, int from) throws TlaValueSyntaxException {
        Map<String, TlaValue> variables = new LinkedHashMap<>();
        if (from == body.length()) {
            return Collections.unmodifiableMap(variables);
        }
        if (!isConjunct(body, from)) {
            assignment(body, from, body.length(), variables);
            return Collections.unmodifiableMap(variables);
        }
        int start = from;
        while (start < body.length()) {
            int next = nextConjunct(body, start);
            assignment(body, start + 2, next, variables);
            start = next;
        }
        return Collections.unmodifiableMap(variables);
    }

    /** The start of the next line after {@code start}'s that begins with "/\ ", or the end of the body. */
    private static int nextConjunct(String body, int start) {
        int lineStart = lineEnd(body, start);
        while (lineStart < body.length() && !isConjunct(body, lineStart)) {
            lineStart = lineEnd(body, lineStart);
        }
        return lineStart;
    }

    private static boolean isConjunct(String body, int lineStart) {
        return body.startsWith("/\\", lineStart) && lineStart + 2 < body.length()
                && (body.charAt(lineStart + 2) == ' ' || body.charAt(lineStart + 2) == '\t');
    }

    /** Parses "name = value" in {@code body[from, to)} into {@code variables}. */
    private static void assignment(String body, int from, int to, Map<String, TlaValue> variables)
            throws TlaValueSyntaxException {
        int nameStart = skipSpaces(body, from, to);
        int nameEnd = nameStart;
        while (nameEnd < to && (body.charAt(nameEnd) == '_' || Character.isLetterOrDigit(body.charAt(nameEnd)))) {
            nameEnd++;
        }
        if (nameEnd == nameStart) {
            throw TlaValueSyntaxException.at(body, nameStart, "a variable name", describe(body, nameStart, to));
        }
        String name = body.substring(nameStart, nameEnd);
        int equals = skipSpaces(body, nameEnd, to);
        if (equals >= to || body.charAt(equals) != '=') {
            throw TlaValueSyntaxException.at(body, equals, "'=' after variable " + name, describe(body, equals, to));
        }
        if (variables.containsKey(name)) {
            throw TlaValueSyntaxException.at(body, nameStart, "a variable not already in this state", "'" + name + "'");
        }
        try {
            variables.put(name, TlaValueParser.parse(body, equals + 1, to));
        } catch (TlaValueSyntaxException e) {
            throw e.withContext("variable " + name);
        }
    }

    private static String describe(String body, int pos, int to) {
        if (pos >= to) {
            return "end of input";
        }
        char c = body.charAt(pos);
        return c == '\n' ? "end of line" : "'" + c + "'";
    }

    private static int skipSpaces(String body, int pos, int to) {
        while (pos < to && (body.charAt(pos) == ' ' || body.charAt(pos) == '\t')) {
            pos++;
        }
        return pos;
    }

    /** The start of the line after the one at {@code pos}, or the end of the body. */
    private static int lineEnd(String body, int pos) {
        int newline = body.indexOf('\n', pos);
        return newline < 0 ? body.length() : newline + 1;
    }

    /** The start of the first line at or after {@code pos} that is not blank, or the end of the body. */
    private static int skipBlankLines(String body, int pos) {
        while (pos < body.length() && body.substring(pos, lineEnd(body, pos)).isBlank()) {
            pos = lineEnd(body, pos);
        }
        return pos;
    }
}

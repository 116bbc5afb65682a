package lifeline.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lifeline.model.Printable;

/**
 * Says what Jackson's parser found wrong in plain words ("expected ',' or '}', found 'x'"). Jackson's
 * messages are not an API; an unknown one falls back to Jackson's text without its source dump.
 */
final class SyntaxMessages {
    static final String TRAILING = "unexpected text after the end of the top-level object";

    private record Rule(Pattern pattern, String plain) {}

    private static final Pattern FOUND = Pattern.compile("^Unexpected character \\('(.*?)' \\(code (\\d+)\\)\\)");
    private static final Pattern START = Pattern.compile("start marker at .*?line: (\\d+), column: (\\d+)");
    private static final Pattern TOKEN = Pattern.compile("^Unrecognized token '(.*?)'");
    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate field '(.*?)'");
    private static final Pattern JAVA_NAME = Pattern.compile("`|\\b[a-z]+\\.[a-z]+\\.|[A-Z]\\w+\\.\\w+\\(|Exception");
    private static final Pattern SOURCE = Pattern.compile("\\s*\\(?(start marker at )?\\[Source: .*", Pattern.DOTALL);

    private static final List<Rule> RULES = List.of(
            rule("expected close marker for Object", "the file ends before '}' closes the object"),
            rule("expected close marker for Array", "the file ends before ']' closes the array"),
            rule("end-of-input in field name", "the file ends inside a key"),
            rule("end-of-input.*(String value|closing quote)", "the file ends inside a string"),
            rule("end-of-input", "the file ends too early"),
            rule("comma to separate Object entries", "expected ',' or '}'"),
            rule("comma to separate Array entries", "expected ',' or ']'"),
            rule("colon to separate field name and value", "expected ':' after the key"),
            rule("double-quote to start field name", "expected a key in double quotes"),
            rule("maybe a \\(non-standard\\) comment", "JSON has no comments"),
            rule("only regular white space", "a control character between values; only spaces, tabs and line breaks may"
                    + " stand there"),
            rule("Illegal unquoted character",
                    "a control character inside a string must be escaped, as \\n for a line break"),
            rule("Unrecognized character escape",
                    "unknown escape in a string; JSON knows \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t and \\uXXXX"),
            rule("Unexpected close marker '\\]': expected '\\}'", "expected '}' to close the object, found ']'"),
            rule("Unexpected close marker '\\}': expected '\\]'", "expected ']' to close the array, found '}'"),
            rule("Trailing token", TRAILING),
            rule("Number value length \\((\\d+)\\) exceeds", "a number of more than 1000 digits; numbers in a"
                    + " scenario are far shorter"),
            rule("String value length \\((\\d+)\\) exceeds", "a string too long for a scenario"),
            rule("Document length|Name length", "the JSON is too large"),
            rule("nesting depth", "the JSON nests too deeply"),
            rule("in numeric value|Invalid numeric value|Non-standard token|Leading zeroes|Invalid number"
                    + "|Numeric value", "not a valid JSON number"),
            rule("expected a (valid )?value", "expected a value: a string in double quotes, a number, an object,"
                    + " an array, true, false or null"));

    private SyntaxMessages() {}

    private static Rule rule(String regex, String plain) {
        return new Rule(Pattern.compile(regex), plain);
    }

    static String plain(JsonProcessingException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        Matcher token = TOKEN.matcher(original);
        if (token.find()) {
            return "unknown word " + Place.quote(token.group(1)) + "; expected a value: a string in double quotes,"
                    + " a number, an object, an array, true, false or null";
        }
        Matcher dup = DUPLICATE.matcher(original);
        if (dup.find()) {
            return "the key " + Place.quote(dup.group(1)) + " appears twice in one object";
        }
        for (Rule r : RULES) {
            if (r.pattern().matcher(original).find()) {
                return r.plain() + found(original) + opened(original) + trailingComma(original);
            }
        }
        String rest = SOURCE.matcher(original).replaceAll("").trim();
        // An unknown message may name the parser's own classes or settings; the user needs neither.
        return JAVA_NAME.matcher(rest).find() || rest.isEmpty() ? "not valid JSON here" : Printable.of(rest);
    }

    private static String found(String original) {
        Matcher m = FOUND.matcher(original);
        if (!m.find()) {
            return "";
        }
        int code = Integer.parseInt(m.group(2));
        return code < 0x20 ? ", found a control character (code " + code + ")"
                : ", found '" + Printable.of(m.group(1)) + "'";
    }

    /** The most common hand-editing slip deserves a hint of its own. */
    private static String trailingComma(String original) {
        return original.startsWith("Unexpected character ('}'") && original.contains("double-quote to start field")
                ? "; JSON allows no ',' before '}'" : "";
    }

    private static String opened(String original) {
        Matcher m = START.matcher(original);
        return m.find() ? " opened at line " + m.group(1) + ", column " + m.group(2) : "";
    }
}

package lifeline.ui.tla;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits TLA+ (and TLC .cfg) text into the stretches the code view colours: keywords,
 * operators, constants, definition names, strings, numbers, comments and the ---- / ====
 * lines. One pass, no backtracking beyond a line: fast enough to run on every change. Plain
 * identifiers and punctuation get no token.
 */
public final class TlaTokenizer {
    static final Set<String> KEYWORDS = Set.of("ASSUME", "ASSUMPTION", "AXIOM", "CASE", "CHOOSE", "CONSTANT",
            "CONSTANTS", "COROLLARY", "DOMAIN", "ELSE", "ENABLED", "EXCEPT", "EXTENDS", "IF", "IN", "INSTANCE",
            "LAMBDA", "LEMMA", "LET", "LOCAL", "MODULE", "OTHER", "PROPOSITION", "RECURSIVE", "SUBSET", "THEN",
            "THEOREM", "UNCHANGED", "UNION", "VARIABLE", "VARIABLES", "WITH",
            // TLC's .cfg
            "INIT", "NEXT", "SPECIFICATION", "INVARIANT", "INVARIANTS", "PROPERTY", "PROPERTIES", "VIEW",
            "SYMMETRY", "CONSTRAINT", "CONSTRAINTS", "ACTION_CONSTRAINT", "ACTION_CONSTRAINTS", "CHECK_DEADLOCK",
            "POSTCONDITION", "ALIAS");
    static final Set<String> CONSTANTS = Set.of("TRUE", "FALSE", "BOOLEAN", "STRING");
    /** Longest first, so that "|->" wins over "|" and "<=>" over "<=". */
    private static final List<String> OPERATORS = List.of("<=>", "|->", "/\\", "\\/", "==", "=>", "=<", "<=",
            ">=", "/=", ":>", "@@", "<-", "->", "~>", "::", "..", "=", "#", "<", ">", "~", "'", "+", "-", "*",
            "^", "%", "|", "&", "\\");
    /** Every character an operator can start with, to skip the list for all the others. */
    private static final String OPERATOR_STARTS = "<|/\\=>:@-~.#'+*^%&";
    private static final int SEPARATOR_RUN = 4;

    private final String s;
    private final int n;
    private final List<TlaToken> out = new ArrayList<>();

    private TlaTokenizer(String text) {
        this.s = text;
        this.n = text.length();
    }

    public static List<TlaToken> tokenize(String text) {
        TlaTokenizer t = new TlaTokenizer(text);
        t.run();
        return t.out;
    }

    private void run() {
        int i = 0;
        while (i < n) {
            i = next(i);
        }
    }

    /** Reads what starts at i, emits its token if it has one, and returns where the next begins. */
    private int next(int i) {
        char c = s.charAt(i);
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
            return i + 1;
        }
        if (c == '(' && at(i + 1, '*')) {
            return emit(TlaToken.Kind.COMMENT, i, blockCommentEnd(i));
        }
        if (c == '\\' && at(i + 1, '*')) {
            return emit(TlaToken.Kind.COMMENT, i, lineEnd(i));
        }
        if (c == '"') {
            return emit(TlaToken.Kind.STRING, i, stringEnd(i));
        }
        if ((c == '-' || c == '=') && run(i, c) >= SEPARATOR_RUN) {
            return emit(TlaToken.Kind.SEPARATOR, i, i + run(i, c));
        }
        if (isWordChar(c)) {
            return word(i);
        }
        if (c == '\\' && i + 1 < n && Character.isLetter(s.charAt(i + 1))) {
            return emit(TlaToken.Kind.OPERATOR, i, wordEnd(i + 1));
        }
        if (OPERATOR_STARTS.indexOf(c) < 0) {
            return i + 1;
        }
        if (s.startsWith("<<", i) || s.startsWith(">>", i)) {
            return i + 2;  // tuple brackets are punctuation, not operators
        }
        for (String op : OPERATORS) {
            if (s.startsWith(op, i)) {
                return emit(TlaToken.Kind.OPERATOR, i, i + op.length());
            }
        }
        return i + 1;
    }

    private int word(int i) {
        int end = wordEnd(i);
        String w = s.substring(i, end);
        if (isNumber(w)) {
            if (at(end, '.') && end + 1 < n && Character.isDigit(s.charAt(end + 1))) {
                end = wordEnd(end + 1);
            }
            return emit(TlaToken.Kind.NUMBER, i, end);
        }
        if (KEYWORDS.contains(w) || w.startsWith("WF_") || w.startsWith("SF_")) {
            return emit(TlaToken.Kind.KEYWORD, i, end);
        }
        if (CONSTANTS.contains(w)) {
            return emit(TlaToken.Kind.CONSTANT, i, end);
        }
        if ((i == 0 || s.charAt(i - 1) == '\n') && definedHere(end)) {
            return emit(TlaToken.Kind.DEFINITION, i, end);
        }
        return end;
    }

    /** After a name at the start of a line: optional parameters, then "==" (but not a ==== line). */
    private boolean definedHere(int i) {
        int j = skipBlanks(i);
        if (at(j, '(') || at(j, '[')) {
            char close = s.charAt(j) == '(' ? ')' : ']';
            while (j < n && s.charAt(j) != close && s.charAt(j) != '\n') {
                j++;
            }
            if (!at(j, close)) {
                return false;
            }
            j = skipBlanks(j + 1);
        }
        return s.startsWith("==", j) && !at(j + 2, '=');
    }

    /** TLA+ block comments nest; an unterminated one runs to the end. */
    private int blockCommentEnd(int i) {
        int depth = 0;
        int j = i;
        while (j < n) {
            if (s.startsWith("(*", j)) {
                depth++;
                j += 2;
            } else if (s.startsWith("*)", j)) {
                depth--;
                j += 2;
                if (depth == 0) {
                    return j;
                }
            } else {
                j++;
            }
        }
        return n;
    }

    /** A string ends at its unescaped closing quote, or (unterminated) at the end of its line. */
    private int stringEnd(int i) {
        int j = i + 1;
        while (j < n) {
            char c = s.charAt(j);
            if (c == '\\' && j + 1 < n && s.charAt(j + 1) != '\n') {
                j += 2;
            } else if (c == '"') {
                return j + 1;
            } else if (c == '\n') {
                return j;
            } else {
                j++;
            }
        }
        return n;
    }

    private int lineEnd(int i) {
        int nl = s.indexOf('\n', i);
        return nl < 0 ? n : nl;
    }

    private int run(int i, char c) {
        int j = i;
        while (j < n && s.charAt(j) == c) {
            j++;
        }
        return j - i;
    }

    private int wordEnd(int i) {
        int j = i;
        while (j < n && isWordChar(s.charAt(j))) {
            j++;
        }
        return j;
    }

    private int skipBlanks(int i) {
        int j = i;
        while (j < n && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) {
            j++;
        }
        return j;
    }

    private boolean at(int i, char c) {
        return i < n && s.charAt(i) == c;
    }

    private int emit(TlaToken.Kind kind, int start, int end) {
        if (end > start) {
            out.add(new TlaToken(kind, start, end));
        }
        return Math.max(end, start + 1);
    }

    private static boolean isWordChar(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }

    private static boolean isNumber(String w) {
        for (int k = 0; k < w.length(); k++) {
            if (!Character.isDigit(w.charAt(k))) {
                return false;
            }
        }
        return true;
    }
}

package lifeline.tlc;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A position in a TLA+ module as TLC and SANY report it; {@code module} is empty when they do not name it. */
public record TlaLocation(String module, int line, int column) {

    /** "line 5, col 18 to line 5, col 31 of module Sem" (SANY semantic errors, action labels, assumptions). */
    private static final Pattern OF_MODULE =
            Pattern.compile("\\bline (\\d+), col (\\d+) to line \\d+, col \\d+ of module (\\w+)");
    /** "Line 5, column 9 to line 5, column 30 in Eval" (TLC's nested-expression positions). */
    private static final Pattern IN_MODULE =
            Pattern.compile("\\b[Ll]ine (\\d+), column (\\d+) to line \\d+, column \\d+ in (\\w+)");
    /** "at line 6, column 1" (SANY parse and lexical errors, which name the module elsewhere). */
    private static final Pattern AT_LINE = Pattern.compile("\\bat line (\\d+), column (\\d+)");

    public TlaLocation {
        Objects.requireNonNull(module, "module");
    }

    /** The first location named with its module in the text, if any. */
    public static Optional<TlaLocation> find(String text) {
        List<TlaLocation> all = findAll(text);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** Every location named with its module in the text, in order of appearance. */
    public static List<TlaLocation> findAll(String text) {
        List<TlaLocation> found = new ArrayList<>();
        for (String line : text.split("\n")) {
            Matcher of = OF_MODULE.matcher(line);
            Matcher in = IN_MODULE.matcher(line);
            if (of.find()) {
                found.add(new TlaLocation(of.group(3), num(of.group(1)), num(of.group(2))));
            } else if (in.find()) {
                found.add(new TlaLocation(in.group(3), num(in.group(1)), num(in.group(2))));
            }
        }
        return found;
    }

    /** A location in the form "at line L, column C", attributed to the given module. */
    static Optional<TlaLocation> findAtLine(String text, String module) {
        Matcher at = AT_LINE.matcher(text);
        return at.find() ? Optional.of(new TlaLocation(module, num(at.group(1)), num(at.group(2)))) : Optional.empty();
    }

    private static int num(String digits) {
        return Integer.parseInt(digits);
    }

    @Override
    public String toString() {
        String where = "line " + line + ", column " + column;
        return module.isEmpty() ? where : where + " of module " + module;
    }
}

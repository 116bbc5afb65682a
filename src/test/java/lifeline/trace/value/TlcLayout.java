package lifeline.trace.value;

import java.util.Random;

/** Lays printed values out over several lines, as TLC's pretty printer does with long ones. */
public final class TlcLayout {
    private TlcLayout() {}

    /** Breaks the line after some commas and opening brackets outside strings, indenting what follows. */
    public static String spreadOverLines(String tla, Random random) {
        StringBuilder out = new StringBuilder();
        boolean inString = false;
        for (int i = 0; i < tla.length(); i++) {
            char c = tla.charAt(i);
            out.append(c);
            if (inString && c == '\\') {
                out.append(tla.charAt(++i));
            } else if (c == '"') {
                inString = !inString;
            } else if (!inString && (c == ',' || c == '(' || c == '[') && random.nextBoolean()) {
                out.append('\n').append(" ".repeat(random.nextInt(8)));
            }
        }
        return out.toString();
    }
}

package lifeline.io;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** "Did you mean": the known key nearest to a misspelt one, or the list of known keys. */
final class KeySuggestions {
    private KeySuggestions() {}

    /** The rest of an "unknown key" message: {@code ; did you mean "exits"?}. */
    static String hint(String unknown, Collection<String> known) {
        Optional<String> near = nearest(unknown, known);
        if (near.isPresent()) {
            return "; did you mean " + Place.quote(near.get()) + "?";
        }
        return known.isEmpty() ? "; this object has no keys"
                : "; the keys here are " + known.stream().map(Place::quote).collect(Collectors.joining(", "));
    }

    /** The candidate one or two edits from key (ignoring case), if any: close enough to be a typo. */
    static Optional<String> nearest(String key, Iterable<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(key.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best != null && bestDistance <= (best.length() <= 5 ? 1 : 2) ? Optional.of(best) : Optional.empty();
    }

    /** Edits (insert, delete, replace, swap two neighbours) from a to b; long keys are not worth comparing. */
    static int distance(String a, String b) {
        if (a.length() > 64) {
            return Integer.MAX_VALUE;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}

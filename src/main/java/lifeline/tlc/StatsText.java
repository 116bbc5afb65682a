package lifeline.tlc;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the numbers inside TLC's progress, statistics and timing messages (whose codes are known). */
final class StatsText {
    private StatsText() {}

    /** A count as TLC prints it, with locale grouping ("5,947,423"). */
    private static final String COUNT = "(\\d[\\d,.'\\u00a0\\u202f]*)";
    private static final Pattern PROGRESS = Pattern.compile("Progress\\((\\d+)\\)");
    private static final Pattern COUNTS = Pattern.compile(COUNT + " states generated.*?, " + COUNT
            + " distinct states found.*?, " + COUNT + " states left on queue", Pattern.DOTALL);
    private static final Pattern GENERATED = Pattern.compile(COUNT + " states generated");
    private static final Pattern FIRST_COUNT = Pattern.compile(COUNT);
    private static final Pattern LAST_COUNT = Pattern.compile(".*\\b" + COUNT, Pattern.DOTALL);
    private static final Pattern DURATION = Pattern.compile("Finished in (.*?) at");
    private static final Pattern DURATION_PART = Pattern.compile("(\\d+)\\s*(ms|min|d|h|s)");

    /** Counts of a progress (2200) or final statistics (2199) message; depth from "Progress(N)" or -1. */
    static Optional<TlcStatistics> counts(String text) {
        Matcher counts = COUNTS.matcher(text);
        if (!counts.find()) {
            return Optional.empty();
        }
        Matcher progress = PROGRESS.matcher(text);
        int depth = progress.find() ? (int) toLong(progress.group(1)) : -1;
        return Optional.of(new TlcStatistics(toLong(counts.group(1)), toLong(counts.group(2)),
                toLong(counts.group(3)), depth));
    }

    /** The count of "N states generated" (random runs' report, 2209, whose other counts are -1). */
    static Optional<Long> generated(String text) {
        Matcher m = GENERATED.matcher(text);
        return m.find() ? Optional.of(toLong(m.group(1))) : Optional.empty();
    }

    static OptionalLong firstCount(String text) {
        Matcher m = FIRST_COUNT.matcher(text);
        return m.find() ? OptionalLong.of(toLong(m.group(1))) : OptionalLong.empty();
    }

    static OptionalLong lastCount(String text) {
        Matcher m = LAST_COUNT.matcher(text);
        return m.find() ? OptionalLong.of(toLong(m.group(1))) : OptionalLong.empty();
    }

    /** Milliseconds of "Finished in 452ms at", "Finished in 01min 02s at", "Finished in 1d 02h at"; -1 if absent. */
    static long durationMs(String text) {
        Matcher m = DURATION.matcher(text);
        if (!m.find()) {
            return -1;
        }
        long total = 0;
        Matcher part = DURATION_PART.matcher(m.group(1));
        while (part.find()) {
            long n = Long.parseLong(part.group(1));
            total += switch (part.group(2)) {
                case "ms" -> n;
                case "s" -> n * 1_000;
                case "min" -> n * 60_000;
                case "h" -> n * 3_600_000;
                default -> n * 86_400_000;
            };
        }
        return total;
    }

    private static long toLong(String count) {
        String digits = count.replaceAll("\\D", "");
        return digits.isEmpty() ? 0 : Long.parseLong(digits);
    }
}

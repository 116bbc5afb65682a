package lifeline.ui.check;

import java.time.Duration;
import java.util.Locale;

/** Numbers as the check panel prints them: 12,345 and 1.2 s. */
final class Numbers {
    private Numbers() {}

    /** A count with grouping; a dash for one the check does not count ({@link CheckProgress#NOT_COUNTED}). */
    static String count(long n) {
        return n == CheckProgress.NOT_COUNTED ? "\u2014" : String.format(Locale.US, "%,d", n);
    }

    static String seconds(Duration d) {
        double s = d.toMillis() / 1000.0;
        return s < 60 ? String.format(Locale.US, "%.1f s", s)
                : String.format(Locale.US, "%d min %02d s", d.toMinutes(), d.toSecondsPart());
    }

    /** A rate over fewer states than this says more about TLC's start-up than about the model. */
    static final long RATE_FROM_STATES = 1_000;

    static String rate(double perSecond, long states) {
        return perSecond <= 0 || states < RATE_FROM_STATES ? "\u2014"
                : String.format(Locale.US, "%,.0f states/s", perSecond);
    }
}

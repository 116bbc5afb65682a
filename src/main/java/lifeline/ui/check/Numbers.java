package lifeline.ui.check;

import java.time.Duration;
import java.util.Locale;

/** Numbers as the check panel prints them: 12,345 and 1.2 s. */
final class Numbers {
    private Numbers() {}

    static String count(long n) {
        return String.format(Locale.US, "%,d", n);
    }

    static String seconds(Duration d) {
        double s = d.toMillis() / 1000.0;
        return s < 60 ? String.format(Locale.US, "%.1f s", s)
                : String.format(Locale.US, "%d min %02d s", d.toMinutes(), d.toSecondsPart());
    }

    static String rate(double perSecond) {
        return perSecond <= 0 ? "\u2014" : String.format(Locale.US, "%,.0f states/s", perSecond);
    }
}

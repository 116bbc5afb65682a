package lifeline.ui.check;

import lifeline.check.CheckResult;
import lifeline.check.Verdict;

/** The result of a check in one line of plain words, and the headline of its report. */
final class ResultText {
    private ResultText() {}

    static String of(CheckResult r) {
        String message = r.message() == null || r.message().isBlank() ? "TLC ended without saying why."
                : r.message().strip();
        if (r.verdict() == Verdict.ERROR) {
            return message.startsWith("TLC") || message.startsWith("Spec") ? message : "TLC failed: " + message;
        }
        return message; // a stopped check's message starts with "Cancelled" or "Stopped" and says what it learned
    }

    /**
     * As above, for a check that collected {@code distinct} violations: one of several says it is the first,
     * so that the banner does not read as the whole answer while the player shows another.
     */
    static String of(CheckResult r, int distinct) {
        String one = of(r);
        return distinct < 2 ? one : one + " The first of " + distinct
                + " distinct violations; the Report tab has them all.";
    }

    /** The first line of a violation's report ("BUG: KASAN: use-after-free in remove_wait_queue"). */
    static String headline(CheckResult r) {
        if (r.verdict() != Verdict.VIOLATION) {
            return "";
        }
        return r.report().lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("=="))
                .findFirst().orElse("");
    }
}

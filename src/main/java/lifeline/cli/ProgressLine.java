package lifeline.cli;

import java.io.PrintWriter;
import java.util.Locale;
import lifeline.tlc.TlcEvent;
import lifeline.tlc.TlcListener;

/**
 * TLC's live progress on stderr while `check` runs: on a terminal one line redrawn in place, else
 * (a log, a pipe) a line every few seconds. Called on TLC's reader thread.
 */
final class ProgressLine implements TlcListener {
    static final long LOG_EVERY_MS = 5_000;

    private final PrintWriter err;
    private final boolean terminal;
    private long lastLoggedMs = -LOG_EVERY_MS;
    private int drawnWidth;

    ProgressLine(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    /** Whether stderr is most likely a terminal: Java 17 can only tell for the console as a whole. */
    static boolean onTerminal() {
        return System.console() != null;
    }

    @Override
    public synchronized void onEvent(TlcEvent event) {
        String line;
        long elapsedMs;
        if (event instanceof TlcEvent.LiveProgress p) {
            line = text(p);
            elapsedMs = p.elapsedMs();
        } else if (event instanceof TlcEvent.LiveWalkProgress w) {
            line = text(w);
            elapsedMs = w.elapsedMs();
        } else {
            return;
        }
        if (terminal) {
            err.print("\r" + line + " ".repeat(Math.max(0, drawnWidth - line.length())));
            drawnWidth = line.length();
            err.flush();
        } else if (elapsedMs - lastLoggedMs >= LOG_EVERY_MS) {
            err.println(line);
            err.flush();
            lastLoggedMs = elapsedMs;
        }
    }

    /** Clears the redrawn line, so the result starts on a clean line. */
    synchronized void end() {
        if (terminal && drawnWidth > 0) {
            err.print("\r" + " ".repeat(drawnWidth) + "\r");
            err.flush();
            drawnWidth = 0;
        }
    }

    static String text(TlcEvent.LiveWalkProgress w) {
        return String.format(Locale.ROOT, "lifeline: %,d random runs done, %,d states checked, %.1f s", w.walksDone(),
                w.statesChecked(), w.elapsedMs() / 1000.0);
    }

    static String text(TlcEvent.LiveProgress p) {
        return String.format(Locale.ROOT, "lifeline: %,d distinct states, %,d/s, queue %,d, depth %d, %.1f s",
                p.distinctStates(), p.distinctPerSecond(), p.queueSize(), p.depth(), p.elapsedMs() / 1000.0);
    }
}

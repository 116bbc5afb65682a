package lifeline.ui.check;

import java.io.IOException;
import java.nio.file.Path;
import lifeline.check.CheckRequest;
import lifeline.check.Checker;
import lifeline.tlc.TlcJarNotFound;
import lifeline.tlc.TlcRunner;

/** Where checks get their {@link Checker}: the located TLC jar in the application, a chosen one in tests. */
@FunctionalInterface
public interface CheckerSource {
    /** Called on a background thread (the check's or the explorer's) before each check or exploration. */
    Checker checker() throws TlcJarNotFound;

    /**
     * Called on the background thread when a document opens: starts a TLC child for a check like
     * {@code request} now, where the checker's runner keeps one started ahead; nothing by default.
     */
    default void startAhead(CheckRequest request) throws TlcJarNotFound, IOException {
        // A source of checkers without a child started ahead.
    }

    /**
     * The jar TlcRunner.located finds (environment, system property, class path), looked up once;
     * its runner keeps a TLC child started ahead of the next check (fresh for each check).
     */
    static CheckerSource located() {
        return new CheckerSource() {
            private Checker checker;

            @Override
            public synchronized Checker checker() throws TlcJarNotFound { // checks and exploring ask at once
                if (checker == null) {
                    checker = new Checker(TlcRunner.located((Path) null).prestarting());
                }
                return checker;
            }

            @Override
            public void startAhead(CheckRequest request) throws TlcJarNotFound, IOException {
                checker().startAhead(request);
            }
        };
    }

    /** Always this checker; its runner's child started ahead, if it keeps one, is started when a document opens. */
    static CheckerSource of(Checker checker) {
        return new CheckerSource() {
            @Override
            public Checker checker() {
                return checker;
            }

            @Override
            public void startAhead(CheckRequest request) throws IOException {
                checker.startAhead(request);
            }
        };
    }
}

package lifeline.ui.check;

import java.nio.file.Path;
import lifeline.check.Checker;
import lifeline.tlc.TlcJarNotFound;
import lifeline.tlc.TlcRunner;

/** Where checks get their {@link Checker}: the located TLC jar in the application, a chosen one in tests. */
@FunctionalInterface
public interface CheckerSource {
    /** Called on a background thread (the check's or the explorer's) before each check or exploration. */
    Checker checker() throws TlcJarNotFound;

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
        };
    }

    static CheckerSource of(Checker checker) {
        return () -> checker;
    }
}

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
     * Ends what this source started for checks still to come (its child started ahead) when the window it
     * serves closes; checks already running end by themselves. Nothing by default: the runner of a source
     * made {@link #of} belongs to its caller.
     */
    default void close() {
        // A source that owns no runner.
    }

    /**
     * TLC children the app keeps started ahead of its checks (fresh for each check): with two, an edit that
     * comes soon after the last check's badge runs in a child started a second before, not in the one
     * that check's end began to start (README.md, Checking from the app).
     */
    int CHILDREN_AHEAD = 2;

    /**
     * The jar TlcRunner.located finds (environment, system property, class path), looked up once;
     * its runner keeps {@link #CHILDREN_AHEAD} TLC children started ahead of the next checks.
     */
    static CheckerSource located() {
        return owning(() -> TlcRunner.located((Path) null).prestarting(CHILDREN_AHEAD), null);
    }

    /**
     * The checker of the runner {@code runner} makes (on first use), with model folders under {@code tempRoot}
     * (null: the system's temp folder); {@link #close()} closes that runner, and a runner asked for after it
     * starts no child ahead.
     */
    static CheckerSource owning(RunnerMaker runner, Path tempRoot) {
        return new CheckerSource() {
            private Checker checker; // guarded by this
            private boolean closed; // guarded by this

            @Override
            public synchronized Checker checker() throws TlcJarNotFound { // checks and exploring ask at once
                if (checker == null) {
                    TlcRunner made = runner.make();
                    if (closed) {
                        made.close();
                    }
                    checker = tempRoot == null ? new Checker(made) : new Checker(made, tempRoot);
                }
                return checker;
            }

            @Override
            public void startAhead(CheckRequest request) throws TlcJarNotFound, IOException {
                checker().startAhead(request);
            }

            @Override
            public synchronized void close() {
                closed = true;
                if (checker != null) {
                    checker.runner().close();
                }
            }
        };
    }

    /** Makes the runner of an {@link #owning} source. */
    @FunctionalInterface
    interface RunnerMaker {
        TlcRunner make() throws TlcJarNotFound;
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

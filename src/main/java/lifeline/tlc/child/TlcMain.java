package lifeline.tlc.child;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.util.Optional;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Lifeline's own main class in the TLC child JVM: it runs {@code tlc2.TLC.main} with the same
 * arguments, ends the JVM when the Lifeline process that started it is gone (its stdin, which the
 * parent holds open, closes, or the parent process ends), and prints TLC's live statistics as a
 * tool message twice a second (TLC itself prints progress once a minute).
 *
 * <p>The parent copies this class file alone into the run's directory, so it uses only the JDK
 * (TLC through reflection and its MXBean) and has no nested classes.
 */
public final class TlcMain {
    private TlcMain() {}

    /** The tool message code of a progress report; TLC's own codes are below 10,000. */
    public static final int PROGRESS_CODE = 93_001;
    /** The exit status of a child whose parent is gone (nobody reads it: the parent is dead). */
    public static final int ORPHANED_STATUS = 97;
    /** The system property that sets the progress interval in ms (0: no progress reports). */
    public static final String PROGRESS_MS_PROPERTY = "lifeline.progressMs";
    public static final long DEFAULT_PROGRESS_MS = 400;
    private static final long PARENT_POLL_MS = 200;
    private static final String TLC_MAIN = "tlc2.TLC";
    private static final String MODEL_CHECKER_BEAN = "tlc2.tool:type=ModelChecker";
    private static final long STARTED_NANOS = System.nanoTime();

    public static void main(String[] args) throws Throwable {
        Optional<ProcessHandle> parent = ProcessHandle.current().parent();
        daemon("lifeline-stdin-watch", () -> haltAtEndOf(System.in));
        parent.ifPresent(p -> daemon("lifeline-parent-watch", () -> haltWhenGone(p)));
        long progressMs = Long.getLong(PROGRESS_MS_PROPERTY, DEFAULT_PROGRESS_MS);
        if (progressMs > 0) {
            daemon("lifeline-progress", () -> reportProgress(progressMs, System.out));
        }
        try {
            Class.forName(TLC_MAIN).getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** The parent holds our stdin open and never writes: end of input means it is gone or wants us gone. */
    static void haltAtEndOf(InputStream in) {
        try {
            while (in.read() >= 0) {
                // Nothing is ever sent; a stray byte is ignored.
            }
        } catch (IOException e) {
            // A broken pipe is a parent gone too.
        }
        Runtime.getRuntime().halt(ORPHANED_STATUS);
    }

    /** A second watch, for a parent whose stdin pipe is held open by someone else. */
    static void haltWhenGone(ProcessHandle parent) {
        while (parent.isAlive() && ProcessHandle.current().parent().map(parent::equals).orElse(false)) {
            sleep(PARENT_POLL_MS);
        }
        Runtime.getRuntime().halt(ORPHANED_STATUS);
    }

    private static void reportProgress(long intervalMs, PrintStream out) {
        sleep(intervalMs); // leave TLC's start-up the CPU; TLC registers its bean later anyway
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        ObjectName name;
        try {
            name = new ObjectName(MODEL_CHECKER_BEAN);
        } catch (JMException e) {
            return;
        }
        long[] last = {0, System.nanoTime()}; // distinct states and time of the previous report
        while (true) {
            sleep(intervalMs);
            if (server.isRegistered(name)) {
                progressMessage(server, name, last).ifPresent(out::print);
            }
        }
    }

    /**
     * One progress report as a tool message, printed whole in one call so it never splits one of
     * TLC's (TLC prints each message with one println). {@code last} holds the previous report's
     * distinct states and time, for the rate, and is updated.
     */
    static Optional<String> progressMessage(MBeanServer server, ObjectName name, long[] last) {
        try {
            // The depth first: the counts read after it include every state it vouches for.
            int depth = (Integer) server.getAttribute(name, "Progress");
            long distinct = (Long) server.getAttribute(name, "DistinctStatesGenerated");
            long generated = (Long) server.getAttribute(name, "StatesGenerated");
            long queue = (Long) server.getAttribute(name, "StateQueueSize");
            int workers = (Integer) server.getAttribute(name, "WorkerCount");
            long now = System.nanoTime();
            long perSecond = now > last[1] ? (distinct - last[0]) * 1_000_000_000L / (now - last[1]) : 0;
            last[0] = distinct;
            last[1] = now;
            return Optional.of(progressText(distinct, generated, queue, depth, workers, perSecond,
                    (now - STARTED_NANOS) / 1_000_000));
        } catch (JMException | RuntimeException e) {
            return Optional.empty(); // TLC is between phases (unregistering at the end): skip this one
        }
    }

    /**
     * The report: {@code depth} is TLC's "progress", the greatest depth of a state found so far
     * (TLC counts an initial state as depth 1); {@code perSecond} counts new distinct states.
     */
    static String progressText(long distinct, long generated, long queue, int depth, int workers, long perSecond,
                               long elapsedMs) {
        return "@!@!@STARTMSG " + PROGRESS_CODE + ":0 @!@!@\n"
                + "Lifeline progress: distinct=" + distinct + " generated=" + generated + " queue=" + queue
                + " depth=" + depth + " workers=" + workers + " perSecond=" + perSecond + " elapsedMs=" + elapsedMs
                + "\n@!@!@ENDMSG " + PROGRESS_CODE + " @!@!@\n";
    }

    static void daemon(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

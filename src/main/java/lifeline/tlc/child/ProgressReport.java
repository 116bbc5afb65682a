package lifeline.tlc.child;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Field;
import java.util.Optional;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * TLC's live statistics, read from its MXBean ({@code tlc2.tool:type=ModelChecker}) every few hundred
 * ms and printed as Lifeline's tool message (code {@link TlcMain#PROGRESS_CODE}): TLC itself prints
 * progress once a minute. Random runs have no such bean: their walks and states come from TLC's
 * simulator ({@code TLCGlobals.simulator}'s counters, read by reflection; a TLC without them gives
 * no live report, only its own). JDK only, no nested classes: the parent copies its class file into
 * the run's folder.
 */
final class ProgressReport {
    private ProgressReport() {}

    private static final String MODEL_CHECKER_BEAN = "tlc2.tool:type=ModelChecker";

    /**
     * Starts reporting on {@code out} on a daemon thread, every {@link TlcMain#PROGRESS_MS_PROPERTY} ms (none
     * when 0), while {@code running} holds; times count from {@code startedNanos}.
     */
    static void start(PrintStream out, long startedNanos, java.util.function.BooleanSupplier running) {
        long intervalMs = Long.getLong(TlcMain.PROGRESS_MS_PROPERTY, TlcMain.DEFAULT_PROGRESS_MS);
        if (intervalMs > 0) {
            TlcMain.daemon("lifeline-progress", () -> report(intervalMs, out, startedNanos, running));
        }
    }

    private static void report(long intervalMs, PrintStream out, long startedNanos,
                               java.util.function.BooleanSupplier running) {
        TlcMain.sleep(intervalMs); // leave TLC's start-up the CPU; TLC registers its bean later anyway
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        ObjectName name;
        try {
            name = new ObjectName(MODEL_CHECKER_BEAN);
        } catch (JMException e) {
            return;
        }
        long[] last = {0, System.nanoTime()}; // distinct states and time of the previous report
        while (running.getAsBoolean()) {
            TlcMain.sleep(intervalMs);
            if (running.getAsBoolean() && server.isRegistered(name)) {
                message(server, name, last, startedNanos).ifPresent(out::print);
            } else if (running.getAsBoolean()) {
                walkMessage(startedNanos).ifPresent(out::print);
            }
        }
    }

    /**
     * One progress report as a tool message, printed whole in one call so it never splits one of
     * TLC's (TLC prints each message with one println). {@code last} holds the previous report's
     * distinct states and time, for the rate, and is updated.
     */
    static Optional<String> message(MBeanServer server, ObjectName name, long[] last, long startedNanos) {
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
            return Optional.of(text(distinct, generated, queue, depth, workers, perSecond,
                    (now - startedNanos) / 1_000_000));
        } catch (JMException | RuntimeException e) {
            return Optional.empty(); // TLC is between phases (unregistering at the end): skip this one
        }
    }

    /** Random runs' report, while TLC's simulator runs: the walks done and the states they checked. */
    static Optional<String> walkMessage(long startedNanos) {
        try {
            Object simulator = Class.forName("tlc2.TLCGlobals").getField("simulator").get(null);
            if (simulator == null) {
                return Optional.empty(); // not random runs, or not started yet
            }
            long states = counter(simulator, "numOfGenStates");
            long walks = counter(simulator, "numOfGenTraces");
            return Optional.of(walkText(states, walks, (System.nanoTime() - startedNanos) / 1_000_000));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Optional.empty(); // another TLC: its own report once a minute
        }
    }

    /** A count TLC's simulator keeps in a field of its own (a LongAdder, which is a Number). */
    private static long counter(Object simulator, String field) throws ReflectiveOperationException {
        Field f = simulator.getClass().getDeclaredField(field);
        f.setAccessible(true);
        return ((Number) f.get(simulator)).longValue();
    }

    static String walkText(long states, long walks, long elapsedMs) {
        return "@!@!@STARTMSG " + TlcMain.PROGRESS_CODE + ":0 @!@!@\n"
                + "Lifeline progress: walked=" + states + " walks=" + walks + " elapsedMs=" + elapsedMs
                + "\n@!@!@ENDMSG " + TlcMain.PROGRESS_CODE + " @!@!@\n";
    }

    /**
     * The report: {@code depth} is TLC's "progress", the greatest depth of a state found so far
     * (TLC counts an initial state as depth 1); {@code perSecond} counts new distinct states.
     */
    static String text(long distinct, long generated, long queue, int depth, int workers, long perSecond,
                               long elapsedMs) {
        return "@!@!@STARTMSG " + TlcMain.PROGRESS_CODE + ":0 @!@!@\n"
                + "Lifeline progress: distinct=" + distinct + " generated=" + generated + " queue=" + queue
                + " depth=" + depth + " workers=" + workers + " perSecond=" + perSecond + " elapsedMs=" + elapsedMs
                + "\n@!@!@ENDMSG " + TlcMain.PROGRESS_CODE + " @!@!@\n";
    }
}

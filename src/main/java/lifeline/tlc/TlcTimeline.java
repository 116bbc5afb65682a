package lifeline.tlc;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * When the parts of one TLC run happened, as {@link System#nanoTime()} readings in Lifeline's JVM:
 * the child's spawn, the run's start (later, for a child started ahead of its run: {@code prestarted}), the
 * arrival of the first message of each code, and the child's exit (0 while it runs).
 */
public record TlcTimeline(long spawnNanos, long startNanos, boolean prestarted, Map<Integer, Long> arrivals,
                          long exitNanos) {

    /** TLC's "Computing initial states..." (2189). */
    static final int COMPUTING_INIT = 2189;

    public TlcTimeline {
        arrivals = Map.copyOf(arrivals);
    }

    /**
     * The run's phases in milliseconds, in order: the child JVM's start (to the launcher handing TLC
     * its arguments; 0 for a child that was ready), TLC's start-up (to "Starting SANY"), SANY's
     * parse, the model checker's set-up (to "Computing initial states"), the exploration (to
     * "Finished" or the last message) and the JVM's exit. A phase whose marks are missing is absent.
     */
    public Map<String, Double> phasesMs() {
        long run = prestarted ? startNanos : spawnNanos;
        long launched = arrivals.getOrDefault(TlcCodes.LIFELINE_STARTED, -1L);
        long sanyStart = arrivals.getOrDefault(TlcCodes.TLC_SANY_START, -1L);
        long sanyEnd = arrivals.getOrDefault(TlcCodes.TLC_SANY_END, -1L);
        long init = arrivals.getOrDefault(COMPUTING_INIT, -1L);
        long last = arrivals.values().stream().mapToLong(Long::longValue).max().orElse(-1L);
        long finished = arrivals.getOrDefault(TlcCodes.TLC_FINISHED, last);
        Map<String, Double> phases = new LinkedHashMap<>();
        put(phases, "TLC JVM start", run, launched);
        put(phases, "TLC start-up", launched, sanyStart);
        put(phases, "SANY", sanyStart, sanyEnd);
        put(phases, "checker set-up", sanyEnd, init);
        put(phases, "exploration", init, finished);
        put(phases, "JVM exit", finished, exitNanos > 0 ? exitNanos : -1L);
        return phases;
    }

    private static void put(Map<String, Double> phases, String name, long from, long to) {
        if (from >= 0 && to >= 0) {
            phases.put(name, Math.max(0, to - from) / 1e6);
        }
    }
}

package lifeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks surefire's runOrderRandomSeed (pom.xml) for a short end of the suite. Surefire shuffles the test
 * classes with {@code Collections.shuffle(classes, new Random(seed))} and hands them to its three JVMs one at
 * a time, each to the first JVM that is free; a long class dealt last runs alone while the other JVMs have
 * ended. Given the log of a run (its "Running CLASS" lines, in the order dealt, under the seed it ran with)
 * and the logs of one or more runs (their "Time elapsed: T s -- in CLASS" lines), this undoes that run's
 * shuffle, deals the classes again under each seed, replays the times through the three JVMs, and prints
 * the seeds whose slowest replay ends within two seconds of the soonest, those with the shortest last ten
 * classes first (a replay knows only the times of the runs given; short last classes keep the end short
 * in runs that take longer).
 *
 * <pre>java -cp target/test-classes lifeline.SuiteOrderPlanner ORDER_LOG SEED_OF_IT TIMES_LOG[,TIMES_LOG...]</pre>
 */
public final class SuiteOrderPlanner {
    private static final int JVMS = 3;
    private static final int SEEDS = 3000;
    private static final int LAST = 10;
    /** Seeds that end at most this much later than the best are ranked by their last classes. */
    private static final double SLACK_S = 2;
    private static final Pattern RUNNING = Pattern.compile("Running (lifeline\\.\\S+)");
    private static final Pattern ELAPSED = Pattern.compile("Time elapsed: ([0-9.,]+) s.* -- in (\\S+)");

    private SuiteOrderPlanner() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: SuiteOrderPlanner ORDER_LOG SEED_OF_IT TIMES_LOG[,TIMES_LOG...]");
            System.exit(2);
        }
        List<String> dealt = dealt(Files.readString(Path.of(args[0])));
        List<String> listed = unshuffled(dealt, Long.parseLong(args[1]));
        List<Map<String, Double>> runs = new ArrayList<>();
        for (String log : args[2].split(",")) {
            runs.add(times(Files.readString(Path.of(log))));
        }
        System.out.printf("seed %s: %.1f s at worst%n", args[1], worstEnd(dealt, runs));
        List<double[]> bySeed = new ArrayList<>(); // {end at worst, longest of the last classes, seed}
        for (long seed = 1; seed <= SEEDS; seed++) {
            List<String> order = shuffled(listed, seed);
            bySeed.add(new double[] {worstEnd(order, runs), longestLast(order, runs), seed});
        }
        double best = bySeed.stream().mapToDouble(s -> s[0]).min().orElseThrow();
        bySeed.stream().filter(s -> s[0] <= best + SLACK_S).sorted((a, b) -> Double.compare(a[1], b[1])).limit(10)
                .forEach(s -> System.out.printf("seed %d: %.1f s at worst, last %d classes %.1f s at most%n",
                        (long) s[2], s[0], LAST, s[1]));
    }

    /** The longest time, in any of the runs, of the last classes dealt. */
    static double longestLast(List<String> order, List<Map<String, Double>> runs) {
        double longest = 0;
        for (String c : order.subList(order.size() - LAST, order.size())) {
            for (Map<String, Double> run : runs) {
                longest = Math.max(longest, run.getOrDefault(c, 0.0));
            }
        }
        return longest;
    }

    /** The list surefire shuffled into {@code dealt} with {@code seed}. */
    static List<String> unshuffled(List<String> dealt, long seed) {
        List<Integer> to = shuffled(indices(dealt.size()), seed);
        List<String> listed = new ArrayList<>(Collections.nCopies(dealt.size(), (String) null));
        for (int i = 0; i < dealt.size(); i++) {
            listed.set(to.get(i), dealt.get(i));
        }
        return listed;
    }

    static <T> List<T> shuffled(List<T> list, long seed) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, new Random(seed));
        return copy;
    }

    /** When the last JVM ends, each class going to the first free JVM, in the slowest of the runs. */
    static double worstEnd(List<String> order, List<Map<String, Double>> runs) {
        double worst = 0;
        for (Map<String, Double> run : runs) {
            double[] free = new double[JVMS];
            for (String c : order) {
                int first = 0;
                for (int j = 1; j < JVMS; j++) {
                    first = free[j] < free[first] ? j : first;
                }
                free[first] += run.getOrDefault(c, 0.0);
            }
            for (double end : free) {
                worst = Math.max(worst, end);
            }
        }
        return worst;
    }

    private static List<Integer> indices(int n) {
        List<Integer> l = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            l.add(i);
        }
        return l;
    }

    private static Map<String, Double> times(String log) {
        Map<String, Double> t = new HashMap<>();
        Matcher m = ELAPSED.matcher(log);
        while (m.find()) {
            t.put(m.group(2), Double.parseDouble(m.group(1).replace(",", "")));
        }
        return t;
    }

    /** The classes in the order the log says they started. */
    private static List<String> dealt(String log) {
        List<String> out = new ArrayList<>();
        Matcher m = RUNNING.matcher(log);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}

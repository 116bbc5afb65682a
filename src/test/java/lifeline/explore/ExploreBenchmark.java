package lifeline.explore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import lifeline.check.TlcFixture;
import lifeline.io.Examples;
import lifeline.model.Scenario;
import lifeline.tlc.TlcListener;
import lifeline.tlc.TlcOptions;

/**
 * Explore's latencies per bug example: opening (model written, TLC's explorer child started, the
 * spec parsed, the initial state), one step's choices (the successors TLC computes and their trace
 * steps) along a run to the end, and continuing from the initial state as a check. Prints medians
 * over the runs (argument 1, default 5). Not a test: run it as a main class on the test class path.
 */
public final class ExploreBenchmark {
    private ExploreBenchmark() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path temp = Files.createTempDirectory("explore-bench");
        System.out.println("example | open | choices per step | continue as a check");
        for (String name : Examples.names().stream().filter(n -> !Examples.isFixedTwin(n)).toList()) {
            Scenario s = Examples.load(name).orElseThrow();
            List<Long> open = new ArrayList<>();
            List<Long> step = new ArrayList<>();
            List<Long> rest = new ArrayList<>();
            for (int r = 0; r < runs; r++) {
                long t0 = System.nanoTime();
                try (Explorer e = Explorer.open(s, s.properties(), TlcFixture.checker().runner(), temp)) {
                    ExploreRun run = e.start();
                    open.add(System.nanoTime() - t0);
                    Random random = new Random(r);
                    while (true) {
                        long t1 = System.nanoTime();
                        List<Choice> next = e.choices(run);
                        step.add(System.nanoTime() - t1);
                        if (next.isEmpty()) {
                            break;
                        }
                        run = run.then(next.get(random.nextInt(next.size())).next());
                    }
                    long t2 = System.nanoTime();
                    e.continueAsCheck(e.start(), TlcOptions.defaults(), TlcListener.NONE);
                    rest.add(System.nanoTime() - t2);
                }
            }
            System.out.printf("%s | %d ms | %.1f ms (%d steps) | %d ms%n", name, median(open) / 1_000_000,
                    median(step) / 1e6, step.size(), median(rest) / 1_000_000);
        }
    }

    private static long median(List<Long> xs) {
        List<Long> sorted = new ArrayList<>(xs);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}

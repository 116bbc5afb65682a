package lifeline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import lifeline.check.CheckRequest;
import lifeline.check.CheckResult;
import lifeline.check.Checker;
import lifeline.io.Examples;
import lifeline.model.Scenario;
import lifeline.tlc.TlcListener;
import lifeline.tlc.TlcRunner;
import lifeline.tlc.TlcTimeline;

/**
 * {@code bench --breakdown}: where the time of a check goes, per example, as medians: Lifeline's
 * own JVM start (the CLI printing its version, in a new JVM), generation, the TLC child's JVM
 * start, TLC's start-up, SANY, the model checker's set-up, the exploration, the JVM's exit and
 * the mapping of the result, for a TLC child started for the check ("cold") and one started ahead
 * of it ("ready": the first check of the row warms up and is not counted, and each check waits
 * {@code pauseMs} first, as a user's edit would, while the next child starts).
 */
record BreakdownBench(TlcRunner runner, int runs, long pauseMs, PrintWriter out) {
    private static final List<String> COLUMNS = List.of("generation", "TLC JVM start", "TLC start-up", "SANY",
            "checker set-up", "exploration", "JVM exit", "mapping", "total");

    void run(List<String> names, Function<Scenario, CheckRequest> request) throws Exception {
        out.printf("%d runs per row, median ms; %s%n%n", runs, runner.jar().getFileName());
        out.printf("Lifeline's own JVM (a new JVM printing the CLI's version): %.0f ms%n%n", lifelineJvmMs());
        out.println("| example | TLC child | " + String.join(" | ", COLUMNS) + " |");
        out.println("|---|---|" + "---:|".repeat(COLUMNS.size()));
        for (String name : names) {
            Scenario s = Examples.load(name).orElseThrow();
            CheckRequest req = request.apply(s);
            row(name, "cold", new Checker(runner), req, false);
            TlcRunner ready = runner.prestarting();
            try {
                row(name, "ready", new Checker(ready), req, true);
            } finally {
                ready.close();
            }
            out.flush();
        }
    }

    private void row(String name, String mode, Checker checker, CheckRequest req, boolean warmUp) throws Exception {
        Map<String, List<Double>> ms = new LinkedHashMap<>();
        COLUMNS.forEach(c -> ms.put(c, new ArrayList<>()));
        for (int i = warmUp ? -1 : 0; i < runs; i++) {
            if (warmUp) {
                Thread.sleep(pauseMs);
            }
            Checker.Check check = checker.start(req, TlcListener.NONE);
            CheckResult r = check.await();
            long mapped = System.nanoTime();
            if (i < 0) {
                continue;
            }
            TlcTimeline t = check.timeline();
            ms.get("generation").add(check.generation().toNanos() / 1e6);
            t.phasesMs().forEach((phase, v) -> ms.get(phase).add(v));
            ms.get("mapping").add(t.exitNanos() > 0 ? (mapped - t.exitNanos()) / 1e6 : 0);
            ms.get("total").add(r.wallTime().toNanos() / 1e6);
        }
        StringBuilder line = new StringBuilder("| " + name + " | " + mode + " |");
        for (String c : COLUMNS) {
            List<Double> xs = ms.get(c);
            line.append(xs.isEmpty() ? " |" : String.format(" %.0f |", BenchCommand.median(xs)));
        }
        out.println(line);
    }

    /** The median wall time of a new JVM running Lifeline's CLI to print its version. */
    private double lifelineJvmMs() throws IOException, InterruptedException {
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-cp",
                    System.getProperty("java.class.path"), "lifeline.Main", "--version")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
            ms.add((System.nanoTime() - t0) / 1e6);
        }
        return BenchCommand.median(ms);
    }
}

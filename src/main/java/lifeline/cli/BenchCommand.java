package lifeline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import lifeline.check.CheckRequest;
import lifeline.check.CheckResult;
import lifeline.check.Checker;
import lifeline.io.Examples;
import lifeline.model.Scenario;
import lifeline.spec.CheckOptions;
import lifeline.spec.Granularity;
import lifeline.tlc.TlcOptions;
import lifeline.tlc.TlcRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Measures every example and the larger benchmark scenario; prints a Markdown table of medians. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Check each built-in example and the benchmark scenario several times and print, as a "
                + "Markdown table of medians: wall time to verdict (TLC's JVM start included), distinct states, "
                + "states per second and the share of the time spent outside TLC.")
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--runs", paramLabel = "N", description = "runs per row (default: 5)")
    int runs = 5;

    @Option(names = "--only", paramLabel = "NAME", description = "measure only these rows (repeatable)")
    List<String> only;

    @Option(names = "--scaling", description = "instead, check the scaling family (a driver shared by N = 2, 3, 4, "
            + "6, 8 processes) once per row (--runs to repeat), with --timeout per run (default: 300 s), print a "
            + "table and draw the curve into --chart")
    boolean scaling;

    @Option(names = "--max-processes", paramLabel = "N", description = "with --scaling: members of up to N "
            + "processes (default: 8)")
    int maxProcesses = 8;

    @Option(names = "--chart", paramLabel = "PNG", description = "with --scaling: where to draw the curve "
            + "(default: scaling.png)")
    Path chart = Path.of("scaling.png");

    @Option(names = "--breakdown", description = "instead, check each seed example --runs times (default: 5) with a "
            + "TLC child started for the check (cold) and with one started ahead of it (ready), and print where the "
            + "time goes: Lifeline's own JVM, generation, TLC's JVM start, TLC's start-up, SANY, the model checker's "
            + "set-up, the exploration, the JVM's exit and the mapping (medians in ms)")
    boolean breakdown;

    @Option(names = "--pause", paramLabel = "MS", description = "with --breakdown: the pause before each check with a "
            + "child started ahead, like a user's edit (default: 1000)")
    long pauseMs = 1000;

    @Option(names = "--cli", description = "instead, time `lifeline check EXAMPLE --quiet` in a new JVM against plain "
            + "`java -cp tla2tools.jar tlc2.TLC` on the exported model, --runs times each (default: 5), per seed example")
    boolean cli;

    @Option(names = "--all", description = "instead, check each seed example with a bug (or the --only scenarios, "
            + "examples or files), fused and literal, --runs times (default: 5) without and with --all, alternating, "
            + "and print the median wall times and their ratio: what collecting every violation costs")
    boolean all;

    @Mixin
    TlcSettings tlc;

    @Override
    public Integer call() throws Exception {
        if (runs < 1) {
            throw new UserError("--runs must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        TlcRunner runner = tlc.runner();
        if (scaling) {
            return scaling(runner, out);
        }
        if (cli) {
            new CliVsPlainBench(runner.jar(), runs, out).run(Examples.names().stream()
                    .filter(n -> only == null || only.contains(n)).toList());
            return Cli.OK;
        }
        if (all) {
            List<String> names = only != null ? only
                    : Examples.names().stream().filter(n -> !Examples.isFixedTwin(n)).toList(); // nothing to collect
            new EveryViolationBench(new Checker(runner), runs, out).run(names, (s, g) -> tlc.tuned(
                    new CheckRequest(s, new CheckOptions(s.properties(), g), tlc.options())));
            return Cli.OK;
        }
        if (breakdown) {
            List<String> names = Examples.names().stream().filter(n -> only == null || only.contains(n)).toList();
            new BreakdownBench(runner, runs, pauseMs, out).run(names, s -> tlc.tuned(new CheckRequest(s,
                    new CheckOptions(s.properties(), tlc.granularity()), tlc.options())));
            return Cli.OK;
        }
        out.printf("%d runs per row, median; %s%n%n", runs, runner.jar().getFileName());
        out.println("| scenario | model | JIT | verdict | wall | distinct states | states/s | outside TLC |");
        out.println("|---|---|---|---|---:|---:|---:|---:|");
        for (Map.Entry<String, Granularity> row : rows().entrySet()) {
            String name = row.getKey().replace(" (literal)", "");
            Scenario s = name.equals(Examples.BENCHMARK) ? Examples.benchmark() : Examples.load(name).orElseThrow();
            CheckRequest req = tlc.tuned(new CheckRequest(s, new CheckOptions(s.properties(), row.getValue()),
                    tlc.options()));
            out.println(measure(name, row.getValue(), req, new Checker(runner)));
            out.flush();
        }
        return Cli.OK;
    }

    private Integer scaling(TlcRunner runner, PrintWriter out) throws Exception {
        TlcOptions o = tlc.options();
        if (o.timeout() == null) {
            o = o.withTimeout(ScalingBench.defaultLimit());
        }
        boolean runsGiven = spec.commandLine().getParseResult().hasMatchedOption("--runs");
        List<ScalingBench.Row> rows = new ScalingBench(new Checker(runner), o, runsGiven ? runs : 1, out)
                .run(maxProcesses);
        ScalingChart.write(rows, chart);
        out.println();
        out.println("Curve drawn into " + chart.toAbsolutePath());
        return Cli.OK;
    }

    private Map<String, Granularity> rows() {
        Map<String, Granularity> rows = new LinkedHashMap<>();
        List<String> names = new ArrayList<>(Examples.names());
        names.add(Examples.BENCHMARK);
        for (String n : names) {
            if (only == null || only.contains(n)) {
                rows.put(n, tlc.granularity());
            }
        }
        if (!tlc.literal && (only == null || only.contains(Examples.BENCHMARK))) {
            rows.put(Examples.BENCHMARK + " (literal)", Granularity.LITERAL);
        }
        return rows;
    }

    private String measure(String name, Granularity g, CheckRequest req, Checker checker) throws Exception {
        List<Double> wall = new ArrayList<>();
        List<Double> outside = new ArrayList<>();
        CheckResult last = null;
        for (int i = 0; i < runs; i++) {
            last = checker.check(req);
            wall.add(last.wallTime().toNanos() / 1e9);
            outside.add(last.outsideTlcShare());
        }
        double w = median(wall);
        long states = last.distinctStates();
        double tlcSeconds = last.tlcTime().toNanos() / 1e9;
        return String.format("| %s | %s | %s | %s | %.2f s | %,d | %,.0f | %.0f%% |", name, g.name().toLowerCase(),
                req.tlc().jit().name().toLowerCase(),
                last.verdict().name().toLowerCase() + last.violated().map(p -> " " + p.tlaName()).orElse(""), w,
                states, tlcSeconds > 0 ? states / tlcSeconds : 0, 100 * median(outside));
    }

    static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        s.sort(Double::compare);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }
}

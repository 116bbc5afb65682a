package lifeline.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import lifeline.check.AllViolations;
import lifeline.check.CheckRequest;
import lifeline.check.CheckResult;
import lifeline.check.Checker;
import lifeline.check.FoundViolation;
import lifeline.model.Scenario;
import lifeline.spec.Granularity;

/**
 * {@code bench --all}: what collecting every violation costs. Per scenario and model (fused, literal), the wall
 * time of a check and of the same check with {@code --all} (TLC with -continue, grouping, and TLC's evaluator
 * naming each violating state's properties), runs alternating, medians.
 */
record EveryViolationBench(Checker checker, int runs, PrintWriter out) {

    /** Measures each scenario (an example's name or a file) with each model; request makes its check. */
    void run(List<String> names, BiFunction<Scenario, Granularity, CheckRequest> request) throws Exception {
        out.printf("%d runs each, alternating, median wall time from the check's start to its result (the "
                + "evaluator's JVM included); %s%n%n", runs, checker.runner().jar().getFileName());
        out.println("| scenario | model | violating states | distinct violations | check | check --all | ratio |");
        out.println("|---|---|---:|---:|---:|---:|---:|");
        for (String name : names) {
            Scenario s = ScenarioArgument.load(name);
            for (Granularity g : List.of(Granularity.FUSED, Granularity.LITERAL)) {
                out.println(row(name, g, request.apply(s, g)));
                out.flush();
            }
        }
    }

    private String row(String name, Granularity g, CheckRequest one) throws Exception {
        CheckRequest every = one.with(AllViolations.collecting(one.tlc()));
        List<Double> first = new ArrayList<>();
        List<Double> all = new ArrayList<>();
        CheckResult last = null;
        for (int i = 0; i < runs; i++) {
            first.add(seconds(one).wall);
            Timed t = seconds(every);
            all.add(t.wall);
            last = t.result;
        }
        double f = BenchCommand.median(first);
        double a = BenchCommand.median(all);
        String states = last.violations().isEmpty() ? "0" : String.format("%,d", FoundViolation.states(last.violations()));
        String distinct = last.violations().size() + last.violationsCaveat().map(c -> " (may be short)").orElse("");
        return String.format("| %s | %s | %s | %s | %.2f s | %.2f s | \u00d7%.2f |", name, g.name().toLowerCase(),
                states, distinct, f, a, a / f);
    }

    private record Timed(double wall, CheckResult result) {}

    private Timed seconds(CheckRequest r) throws Exception {
        long t0 = System.nanoTime();
        CheckResult result = checker.check(r);
        return new Timed((System.nanoTime() - t0) / 1e9, result);
    }
}

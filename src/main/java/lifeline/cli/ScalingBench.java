package lifeline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import lifeline.check.CheckRequest;
import lifeline.check.CheckResult;
import lifeline.check.Checker;
import lifeline.check.Verdict;
import lifeline.io.ScalingFamily;
import lifeline.model.OperationOrder;
import lifeline.model.Scenario;
import lifeline.spec.CheckOptions;
import lifeline.spec.Granularity;
import lifeline.tlc.TlcListener;
import lifeline.tlc.TlcOptions;

/**
 * {@code bench --scaling}: checks the scaling family (a driver shared by N processes) for growing
 * N, prints a Markdown table and draws the curve of wall time and states into a PNG. Once a member
 * of an order hits the time limit, the larger members of that order are not run.
 */
record ScalingBench(Checker checker, TlcOptions tlc, int runs, PrintWriter out) {
    /** The family members: N processes, operations each (the 4-process and 6-process members). */
    static final List<int[]> MEMBERS = List.of(new int[] {2, 4}, new int[] {3, 4}, new int[] {4, 4},
            new int[] {6, 6}, new int[] {8, 6});

    /** The orders measured, and how a member is put in that order. */
    record Order(String name, UnaryOperator<Scenario> apply) {}

    static final List<Order> ORDERS = List.of(new Order("program", s -> s.withProcesses(s.processes().stream()
            .map(p -> p.withOrder(OperationOrder.PROGRAM)).toList())), new Order("any", s -> s));

    /** One measured row: the medians of its runs, or the last run's figures when it was stopped. */
    record Row(int processes, int ops, String order, long states, double wallSeconds, double statesPerSecond,
               long peakKb, String verdict, boolean finished) {}

    List<Row> run(int maxProcesses) throws Exception {
        out.printf("%d run(s) per row, median; %d TLC worker(s); limit %d s per run%n%n", runs, tlc.workers(),
                tlc.timeout().toSeconds());
        out.println("| N | ops | order | distinct states | wall | states/s | peak memory | verdict |");
        out.println("|---:|---:|---|---:|---:|---:|---:|---|");
        out.flush();
        List<Row> rows = new ArrayList<>();
        for (Order order : ORDERS) {
            for (int[] m : MEMBERS) {
                if (m[0] > maxProcesses) {
                    continue;
                }
                if (!rows.isEmpty() && !rows.get(rows.size() - 1).finished()
                        && rows.get(rows.size() - 1).order().equals(order.name())) {
                    out.printf("| %d | %d | %s | | | | | not run: a smaller member hit the limit |%n", m[0], m[1],
                            order.name());
                    continue;
                }
                Row row = measure(m[0], m[1], order);
                rows.add(row);
                out.println(format(row));
                out.flush();
            }
        }
        return rows;
    }

    private Row measure(int n, int ops, Order order) throws Exception {
        Scenario s = order.apply().apply(ScalingFamily.member(n, ops));
        CheckRequest req = new CheckRequest(s, new CheckOptions(s.properties(), Granularity.FUSED), tlc);
        List<Double> walls = new ArrayList<>();
        CheckResult last = null;
        long peak = 0;
        for (int i = 0; i < runs; i++) {
            AtomicLong runPeak = new AtomicLong();
            last = checkWatchingMemory(req, runPeak);
            peak = Math.max(peak, runPeak.get());
            walls.add(last.wallTime().toNanos() / 1e9);
            if (last.verdict() != Verdict.PASS && last.verdict() != Verdict.VIOLATION) {
                break;
            }
        }
        double wall = BenchCommand.median(walls);
        double tlcSeconds = last.tlcTime().toNanos() / 1e9;
        boolean finished = last.verdict() == Verdict.PASS || last.verdict() == Verdict.VIOLATION;
        String verdict = switch (last.verdict()) {
            case PASS -> "pass";
            case VIOLATION -> "violation " + last.violated().map(p -> p.tlaName()).orElse("");
            case CANCELLED, BOUNDED -> "stopped at the limit";
            case ERROR -> "error: " + last.message();
        };
        return new Row(n, ops, order.name(), last.distinctStates(), wall,
                tlcSeconds > 0 ? last.distinctStates() / tlcSeconds : 0, peak, verdict, finished);
    }

    /** Checks, sampling the TLC process's peak resident memory (Linux's VmHWM) while it runs. */
    private CheckResult checkWatchingMemory(CheckRequest req, AtomicLong peakKb) throws Exception {
        Checker.Check check = checker.start(req, TlcListener.NONE);
        ScheduledExecutorService poll = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "bench-memory");
            t.setDaemon(true);
            return t;
        });
        poll.scheduleAtFixedRate(() -> peakKb.accumulateAndGet(peakResidentKb(check.pid()), Math::max),
                0, 200, TimeUnit.MILLISECONDS);
        try {
            return check.await();
        } finally {
            poll.shutdownNow();
        }
    }

    static long peakResidentKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // The process has ended, or this is not Linux: no sample.
        }
        return 0;
    }

    static String format(Row r) {
        return String.format("| %d | %d | %s | %s%,d | %.1f s | %,.0f | %s | %s |", r.processes(), r.ops(), r.order(),
                r.finished() ? "" : "> ", r.states(), r.wallSeconds(), r.statesPerSecond(),
                r.peakKb() > 0 ? String.format("%,d MB", r.peakKb() / 1024) : "n/a", r.verdict());
    }

    static Duration defaultLimit() {
        return Duration.ofMinutes(5);
    }
}

package lifeline.check;

import java.nio.file.Path;
import lifeline.model.Property;
import lifeline.model.SeedScenarios;
import lifeline.spec.CheckOptions;
import lifeline.spec.Granularity;
import lifeline.tlc.SmallRuns;
import lifeline.tlc.TlcEvent;
import lifeline.tlc.TlcRunner;

/**
 * A Lifeline stand-in for {@link ParentDeathTest}: a real JVM that starts a long check with its
 * temporary folders under args[0], says "child PID" and then "exploring" on stdout, and waits.
 * With args[1] "waiting" it instead runs one short check with a runner that starts children ahead
 * of time and names the child then waiting for the next check ("child PID", "exploring"). With
 * "churning" it starts a child ahead and ends it, over and over, saying "exploring" once.
 */
public final class CheckingParent {
    private CheckingParent() {}

    /** Threads that start and end children at once in "churning" mode. */
    private static final int CHURNERS = 4;

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        if (args.length > 1 && args[1].equals("waiting")) {
            waitingChild(root);
            return;
        }
        if (args.length > 1 && args[1].equals("churning")) {
            churn(root);
            return;
        }
        Checker checker = new Checker(new TlcRunner(TlcRunner.located((Path) null).jar(), root), root);
        // C1 and one worker, as the suite's small runs: this model still explores for about 10 s, far past the kill.
        CheckRequest literal = new CheckRequest(SeedScenarios.benchmark(),
                new CheckOptions(Property.defaults(), Granularity.LITERAL), SmallRuns.options());
        Object exploring = new Object();
        Checker.Check check = checker.start(literal, e -> {
            if (e instanceof TlcEvent.InitialStates) {
                synchronized (exploring) {
                    System.out.println("exploring");
                    System.out.flush();
                }
            }
        });
        synchronized (exploring) {
            System.out.println("child " + check.pid());
            System.out.flush();
        }
        check.await();
        System.out.println("finished");
    }

    private static void waitingChild(Path root) throws Exception {
        TlcRunner runner = new TlcRunner(TlcRunner.located((Path) null).jar(), root).prestarting();
        new Checker(runner, root).check(JitPolicy.apply(CheckRequest.of(lifeline.io.Examples.load("seed001-epoll-flush-uaf").orElseThrow())));
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (runner.waitingPid().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        System.out.println("child " + runner.waitingPid().orElseThrow());
        System.out.println("exploring");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

    /** Makes run folders and starts children as fast as it can, so that an exit most likely comes mid-way. */
    private static void churn(Path root) throws Exception {
        Path jar = TlcRunner.located((Path) null).jar();
        for (int i = 0; i < CHURNERS; i++) {
            Thread t = new Thread(() -> {
                while (true) {
                    TlcRunner runner = new TlcRunner(jar, root).prestarting();
                    runner.prestart(SmallRuns.options());
                    runner.close();
                }
            });
            t.setDaemon(true);
            t.start();
        }
        System.out.println("exploring");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}

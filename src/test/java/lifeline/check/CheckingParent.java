package lifeline.check;

import java.nio.file.Path;
import lifeline.model.Property;
import lifeline.model.SeedScenarios;
import lifeline.spec.CheckOptions;
import lifeline.spec.Granularity;
import lifeline.tlc.TlcEvent;
import lifeline.tlc.TlcOptions;
import lifeline.tlc.TlcRunner;

/**
 * A Lifeline stand-in for {@link ParentDeathTest}: a real JVM that starts a long check with its
 * temporary folders under args[0], says "child PID" and then "exploring" on stdout, and waits.
 */
public final class CheckingParent {
    private CheckingParent() {}

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        Checker checker = new Checker(new TlcRunner(TlcRunner.located((Path) null).jar(), root), root);
        CheckRequest literal = new CheckRequest(SeedScenarios.benchmark(),
                new CheckOptions(Property.defaults(), Granularity.LITERAL), TlcOptions.defaults());
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
}

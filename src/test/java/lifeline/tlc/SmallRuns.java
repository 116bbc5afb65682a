package lifeline.tlc;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How tests run TLC on their small models: as the app runs a small model (SmallModel), with C1 only
 * and one worker. The suite is bound by CPU and starts a few hundred TLC JVMs; one with C2 spends
 * about 70 % more CPU on a model of a few states than one with C1 only (2.9 against 1.7 CPU-s, plain
 * TLC on seed 001's export, 5 runs each, interleaved), and one worker gives the same trace every run.
 */
public final class SmallRuns {
    private SmallRuns() {}

    /** Options for a run of a model of at most a few thousand states. */
    public static TlcOptions options() {
        return TlcOptions.defaults().withWorkers(1).withJit(TlcOptions.Jit.QUICK);
    }

    /**
     * The command that starts plain tla2tools' TLC on {@code jar}, up to TLC's own arguments: the
     * running JVM's java, C1 only and the parallel collector (TLC warns in its output under another).
     */
    public static List<String> plainTlc(Path jar) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC", "-cp", jar.toString(),
                "tlc2.TLC"));
    }
}

package lifeline.model;

import static lifeline.model.ScenarioBuilder.close;
import static lifeline.model.ScenarioBuilder.wake;

import java.util.List;
import java.util.stream.Stream;

/** Scenarios whose literal model TLC cannot finish in a test: for runs that are stopped on purpose. */
public final class LongScenarios {
    private LongScenarios() {}

    /** The benchmark with two more exiting processes sharing its files: far more interleavings. */
    public static Scenario endless() {
        Scenario base = SeedScenarios.benchmark();
        Scenario more = new ScenarioBuilder("more")
                .process("P4", 103, true, close(3), wake(4), close(4))
                .process("P5", 104, true, wake(3), close(3))
                .fd("P4", 3, "R").fd("P4", 4, "V").fd("P5", 3, "V").build();
        return base.withTitle("endless", "")
                .withProcesses(both(base.processes(), more.processes()))
                .withFds(both(base.fds(), more.fds()));
    }

    private static <T> List<T> both(List<T> a, List<T> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }
}

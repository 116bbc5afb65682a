package lifeline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

class RandomScenariosTest {
    @Provide
    Arbitrary<Scenario> scenarios() {
        return RandomScenarios.validScenarios();
    }

    @Property(tries = 1000, seed = "20261130")
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void randomScenariosPassTheValidator(@ForAll("scenarios") Scenario s) {
        assertEquals(List.of(), ScenarioValidator.validate(s));
        // The generator must reach every kind of thing the validator knows about, not just the simplest.
        covers("epoll watches", !s.watches().isEmpty());
        covers("a mapped binder", s.files().stream().anyMatch(f -> f instanceof BinderFile b && b.mmapped()));
        covers("a device", !s.devices().isEmpty());
        covers("a close hook", !s.hooks().isEmpty());
        covers("a kworker", s.kworker() != null);
        covers("an ioctl", operations(s).anyMatch(Operation.Ioctl.class::isInstance));
        covers("a wake", operations(s).anyMatch(Operation.Wake.class::isInstance));
        covers("a shared file", s.fds().stream().map(FdLink::file).distinct().count() < s.fds().size());
        covers("three processes", s.processes().size() == 3);
        covers("program order", s.processes().stream().anyMatch(p -> p.order() == OperationOrder.PROGRAM));
        covers("any order", s.processes().stream().anyMatch(p -> p.order() == OperationOrder.ANY));
        covers("a repeated operation", s.processes().stream()
                .anyMatch(p -> p.operations().stream().distinct().count() < p.operations().size()));
    }

    private static void covers(String label, boolean seen) {
        Statistics.label(label).collect(seen);
        Statistics.label(label).coverage(c -> c.check(true).percentage(p -> p > 3));
    }

    private static java.util.stream.Stream<Operation> operations(Scenario s) {
        return s.processes().stream().flatMap(p -> p.operations().stream());
    }
}

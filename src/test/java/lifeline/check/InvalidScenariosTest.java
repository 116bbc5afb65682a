package lifeline.check;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import lifeline.model.FdLink;
import lifeline.model.Problem;
import lifeline.model.RandomScenarios;
import lifeline.model.Scenario;
import lifeline.model.ScenarioValidator;
import lifeline.model.ValidationException;
import lifeline.model.Watch;
import lifeline.spec.CheckOptions;
import lifeline.spec.ModelGenerator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random broken scenarios (valid ones with a dangling fd, a stray watch, a deleted process or a
 * bad fd number) are refused with named problems before TLC runs; nothing throws anything else.
 */
class InvalidScenariosTest {
    @Provide
    Arbitrary<Scenario> mutated() {
        return Combinators.combine(RandomScenarios.validScenarios(), Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(-5, 2000)).as(InvalidScenariosTest::mutate);
    }

    static Scenario mutate(Scenario s, int how, int number) {
        List<FdLink> fds = new ArrayList<>(s.fds());
        return switch (how) {
            case 0 -> s.withFds(append(fds, new FdLink(s.processes().get(0).id(), number, "NO-SUCH-FILE")));
            case 1 -> s.withWatches(List.of(new Watch(s.files().get(0).id(), s.files().get(0).id())));
            case 2 -> s.withProcesses(s.processes().subList(1, s.processes().size()));
            case 3 -> s.withFds(append(fds, new FdLink(s.processes().get(0).id(), number,
                    s.files().get(0).id())));
            default -> s.withFds(List.of());
        };
    }

    private static <T> List<T> append(List<T> xs, T x) {
        xs.add(x);
        return xs;
    }

    @Property(tries = 300, seed = "20261130")
    void brokenScenariosAreRefusedWithProblemsNeverACrash(@ForAll("mutated") Scenario s) {
        List<Problem> problems = ScenarioValidator.validate(s);
        if (problems.isEmpty()) {
            ModelGenerator.generate(s, CheckOptions.of(s.properties())); // a harmless mutation: still generates
            return;
        }
        problems.forEach(p -> assertFalse(p.where().isBlank() || p.message().isBlank(), p.toString()));
        ValidationException e = assertThrows(ValidationException.class,
                () -> TlcFixture.checker().start(CheckRequest.of(s), ev -> { }));
        assertFalse(e.getMessage().isBlank());
    }
}

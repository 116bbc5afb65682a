package lifeline.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import lifeline.model.BinderFile;
import lifeline.model.DriverFile;
import lifeline.model.EpollFile;
import lifeline.model.ProcessNode;
import lifeline.model.Scenario;
import lifeline.model.ScenarioValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The scaling benchmark's family: valid members, and for N = 4 the issue's scenario. */
class ScalingFamilyTest {
    @ParameterizedTest(name = "{0} processes, {1} operations each")
    @CsvSource({"2, 4", "3, 4", "4, 4", "6, 6", "8, 6"})
    void everyMemberIsValidAndEveryProcessHoldsSixFds(int n, int ops) {
        Scenario s = ScalingFamily.member(n, ops);
        ScenarioValidator.requireValid(s);
        assertEquals(n, s.processes().size());
        for (ProcessNode p : s.processes()) {
            assertEquals(6, s.fdsOf(p.id()).count(), p.id());
            assertEquals(ops, p.operations().size(), p.id());
            assertTrue(p.exits(), p.id());
        }
    }

    @Test
    void theFourProcessMemberIsTheIssuesScenario() {
        Scenario s = ScalingFamily.member(4, 4);
        assertEquals(6, s.files().stream().filter(f -> f instanceof DriverFile).count());
        assertEquals(3, s.files().stream().filter(f -> f instanceof EpollFile).count());
        assertEquals(2, s.files().stream().filter(f -> f instanceof BinderFile b && b.mmapped()).count());
        assertEquals(11, s.files().size());
        assertEquals(1, s.devices().size());
        assertTrue(s.kworker() != null);
        assertTrue(s.watches().size() >= 3);
    }

    @Test
    void membersOutsideTheBoundsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> ScalingFamily.member(9, 4));
        assertThrows(IllegalArgumentException.class, () -> ScalingFamily.member(4, 3));
    }
}

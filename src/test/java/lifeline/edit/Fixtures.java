package lifeline.edit;

import static lifeline.model.ScenarioBuilder.close;
import static lifeline.model.ScenarioBuilder.ioctl;
import static lifeline.model.ScenarioBuilder.wake;

import lifeline.model.FputBalance;
import lifeline.model.FreeSite;
import lifeline.model.PathCapture;
import lifeline.model.Scenario;
import lifeline.model.ScenarioBuilder;
import lifeline.model.Unplug;

/** Scenarios the edit tests start from. */
final class Fixtures {
    private Fixtures() {}

    /**
     * A valid scenario with one of everything: p1 (P1, tgid 100) holds /dev/f1 (pollable) on fd 3, epoll E1
     * on fd 4 watching F1, binder B1 (mmapped) on fd 5, /dev/f2 (not pollable) on fd 6, /dev/f3 (opened on
     * device D1) on fd 7; p2 (P2, tgid 101) shares F1 on fd 3 (a fork) and holds epoll E2 on fd 4. Hook H1
     * wraps close for P1; the kworker K has tgid 2.
     */
    static Scenario everything() {
        return new ScenarioBuilder("everything")
                .process("P1", 100, true, close(3), wake(3), ioctl(6, FputBalance.LEAK))
                .process("P2", 101, true, close(3), close(4))
                .driverFile("F1", "P1", d -> ScenarioBuilder.pollable(d, FreeSite.RELEASE))
                .driverFile("F2", "P1", d -> d)
                .driverFile("F3", "P1", d -> d.withDevice("D1", true))
                .epoll("E1", "P1")
                .epoll("E2", "P2")
                .binder("B1", "P1", true)
                .device("D1", Unplug.KREF_PUT)
                .hook("P1", PathCapture.POINTER)
                .kworker(2)
                .fd("P1", 3, "F1").fd("P1", 4, "E1").fd("P1", 5, "B1").fd("P1", 6, "F2").fd("P1", 7, "F3")
                .fd("P2", 3, "F1").fd("P2", 4, "E2")
                .watch("E1", "F1")
                .build();
    }
}

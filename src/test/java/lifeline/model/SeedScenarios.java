package lifeline.model;

import static lifeline.model.ScenarioBuilder.close;
import static lifeline.model.ScenarioBuilder.ioctl;
import static lifeline.model.ScenarioBuilder.pollable;
import static lifeline.model.ScenarioBuilder.privateData;
import static lifeline.model.ScenarioBuilder.reserved;

/** The five seed stories built in code (the shipped examples are JSON; these need no reader). */
public final class SeedScenarios {
    private SeedScenarios() {}

    public static Scenario seed000(ReservedMemory policy) {
        return new ScenarioBuilder("seed000").process("P1", 1200, true)
                .binder("B1", "P1", true).driverFile("F1", "P1", d -> reserved(d, policy))
                .fd("P1", 3, "B1").fd("P1", 4, "F1").kworker(47).build();
    }

    public static Scenario seed001(FreeSite wq) {
        return new ScenarioBuilder("seed001").process("P1", 300, true)
                .driverFile("F1", "P1", d -> pollable(d, wq)).epoll("E1", "P1")
                .fd("P1", 3, "F1").fd("P1", 4, "E1").watch("E1", "F1").build();
    }

    public static Scenario seed002(FreeSite priv) {
        return new ScenarioBuilder("seed002").process("P1", 400, false, close(3), close(4))
                .driverFile("F1", "P1", d -> privateData(d, priv)).fd("P1", 3, "F1").fd("P1", 4, "F1").build();
    }

    public static Scenario seed003(boolean openTakesRef) {
        return new ScenarioBuilder("seed003").process("P1", 500, false, ioctl(3, FputBalance.BALANCED), close(3))
                .device("D1", Unplug.KREF_PUT).driverFile("F1", "P1", d -> d.withDevice("D1", openTakesRef))
                .fd("P1", 3, "F1").build();
    }

    public static Scenario seed004(PathCapture capture) {
        return new ScenarioBuilder("seed004").process("P1", 600, false, close(3))
                .driverFile("F1", "P1", d -> d).fd("P1", 3, "F1").hook("P1", capture).build();
    }

    /**
     * The benchmark scenario of the engine issue: three processes, a binder, a reserved-memory file,
     * a pollable device file, an epoll and a copy hook; D is unplugged at any time. It must pass.
     */
    public static Scenario benchmark() {
        return benchmark(ReservedMemory.FILE_RECORD);
    }

    /** The benchmark scenario with the reserved-memory file's release policy given (CURRENT_TGID: seed 000's bug). */
    public static Scenario benchmark(ReservedMemory reservedPolicy) {
        String title = reservedPolicy == ReservedMemory.FILE_RECORD ? "benchmark" : "benchmark-bug";
        return new ScenarioBuilder(title)
                .process("P1", 100, true, ScenarioBuilder.wake(5), close(6))
                .process("P2", 101, true, close(3), ScenarioBuilder.wake(4))
                .process("P3", 102, true, close(4), close(3))
                .device("D", Unplug.KREF_PUT)
                .binder("B", "P1", true)
                .driverFile("R", "P1", d -> reserved(d, reservedPolicy))
                .driverFile("V", "P1", d -> privateData(pollable(d, FreeSite.RELEASE), FreeSite.RELEASE)
                        .withDevice("D", true))
                .epoll("E", "P1")
                .fd("P1", 3, "B").fd("P1", 4, "R").fd("P1", 5, "V").fd("P1", 6, "E")
                .fd("P2", 3, "R").fd("P2", 4, "V")
                .fd("P3", 3, "V").fd("P3", 4, "E")
                .watch("E", "V").hook("P3", PathCapture.COPY).kworker(47).build();
    }
}

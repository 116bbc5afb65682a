package lifeline.model;

import static lifeline.model.ScenarioBuilder.close;
import static lifeline.model.ScenarioBuilder.pollable;
import static lifeline.model.ScenarioBuilder.privateData;
import static lifeline.model.ScenarioBuilder.reserved;

/** Scenarios whose literal model TLC cannot finish in a test: for runs that are stopped on purpose. */
public final class LongScenarios {
    private LongScenarios() {}

    /** The benchmark with two more exiting processes sharing its files: far more interleavings. */
    public static Scenario endless() {
        return new ScenarioBuilder("endless")
                .process("P1", 100, true, ScenarioBuilder.wake(5), close(6))
                .process("P2", 101, true, close(3), ScenarioBuilder.wake(4))
                .process("P3", 102, true, close(4), close(3))
                .process("P4", 103, true, close(3), ScenarioBuilder.wake(4), close(4))
                .process("P5", 104, true, ScenarioBuilder.wake(3), close(3))
                .device("D", Unplug.KREF_PUT)
                .binder("B", "P1", true)
                .driverFile("R", "P1", d -> reserved(d, ReservedMemory.FILE_RECORD))
                .driverFile("V", "P1", d -> privateData(pollable(d, FreeSite.RELEASE), FreeSite.RELEASE)
                        .withDevice("D", true))
                .epoll("E", "P1")
                .fd("P1", 3, "B").fd("P1", 4, "R").fd("P1", 5, "V").fd("P1", 6, "E")
                .fd("P2", 3, "R").fd("P2", 4, "V")
                .fd("P3", 3, "V").fd("P3", 4, "E")
                .fd("P4", 3, "R").fd("P4", 4, "V")
                .fd("P5", 3, "V")
                .watch("E", "V").hook("P3", PathCapture.COPY).kworker(47).build();
    }
}

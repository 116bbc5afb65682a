package lifeline.model;

import java.util.EnumSet;
import java.util.List;

/** Hand-made scenarios shared by tests: a small valid one to break rule by rule, and a rich one. */
public final class TestScenarios {
    private TestScenarios() {}

    /**
     * Valid: "app" (P1) holds the pollable driver file "locust" (F1) on fd 3, the epoll "ep" (E1) on
     * fd 4 that watches it, and its mmapped binder (B1) on fd 5; its forked child (P2) shares F1 on
     * fd 3 and has a close hook; F1 was opened on the device "usb" (D1).
     */
    public static Scenario valid() {
        Driver locust = new Driver("locust", true, FreeSite.FLUSH, FreeSite.RELEASE, ReservedMemory.CURRENT_TGID,
                "D1", true);
        return new Scenario("valid", "a small valid scenario",
                List.of(new ProcessNode("P1", "app", 100, true,
                                List.of(new Operation.Close(3), new Operation.Wake(4),
                                        new Operation.Ioctl(3, FputBalance.BALANCED)), new Position(10, 20)),
                        new ProcessNode("P2", "child", 101, false, List.of(new Operation.Close(3)), null)),
                List.of(new DriverFile("F1", "locust", "P1", locust, null),
                        new EpollFile("E1", "ep", "P1", null),
                        new BinderFile("B1", "binder", "P1", true, null)),
                List.of(new DeviceNode("D1", "usb", Unplug.KREF_PUT, null)),
                List.of(new CloseHook("H1", "hook", "P2", PathCapture.COPY, null)),
                new WorkqueueThread("K1", "kworker", 2, null),
                List.of(new FdLink("P1", 3, "F1"), new FdLink("P1", 4, "E1"), new FdLink("P1", 5, "B1"),
                        new FdLink("P2", 3, "F1")),
                List.of(new Watch("E1", "F1")),
                Property.defaults());
    }

    /**
     * Valid, and uses every kind of node and every enum value, with unicode, quotes, backslashes and
     * line breaks in the text, and positions that are whole, fractional, negative and huge.
     */
    public static Scenario rich() {
        List<ProcessNode> processes = List.of(
                new ProcessNode("P1", "zygote \"64\" \\ ünïcødé 日本", 100, true,
                        List.of(new Operation.Close(3), new Operation.Wake(3), new Operation.Ioctl(4, FputBalance.BALANCED),
                                new Operation.Ioctl(4, FputBalance.LEAK), new Operation.Ioctl(5, FputBalance.EXTRA),
                                new Operation.Wake(6)),
                        new Position(12.5, -3.25)),
                new ProcessNode("P2", "surfaceflinger", 4_194_304, false, List.of(), new Position(1e20, 100)),
                new ProcessNode("P3", "emoji 🐧", 1, true, List.of(new Operation.Close(0)), new Position(-0.0, 0.1)));
        List<FileNode> files = List.of(
                new DriverFile("F1", "flush-queue", "P1", new Driver("ashmem", true, FreeSite.FLUSH, FreeSite.NONE,
                        ReservedMemory.NONE, null, false), new Position(200, 40)),
                new DriverFile("F2", "release-queue", "P1", new Driver("ion \"heap\"", false, FreeSite.RELEASE,
                        FreeSite.FLUSH, ReservedMemory.CURRENT_TGID, "D1", true), null),
                new DriverFile("F3", "pmem", "P2", new Driver("pmem", true, FreeSite.RELEASE, FreeSite.RELEASE,
                        ReservedMemory.FILE_RECORD, "D2", false), null),
                new EpollFile("E1", "ep\tinner", "P1", new Position(7, 8)),
                new EpollFile("E2", "ep outer", "P1", null),
                new BinderFile("B1", "binder", "P1", true, new Position(3, 4)),
                new BinderFile("B2", "binder of P2", "P2", false, null));
        List<FdLink> fds = List.of(new FdLink("P1", 3, "F1"), new FdLink("P1", 4, "F2"), new FdLink("P1", 5, "F2"),
                new FdLink("P1", 6, "E1"), new FdLink("P1", 7, "E2"), new FdLink("P1", 1023, "B1"),
                new FdLink("P2", 3, "F3"), new FdLink("P2", 4, "B2"), new FdLink("P3", 0, "F1"));
        return new Scenario("Rich: \"every\" kind", "line one\nline two: \\ and ✓", processes, files,
                List.of(new DeviceNode("D1", "usb", Unplug.NONE, null),
                        new DeviceNode("D2", "hid", Unplug.KREF_PUT, new Position(5, 5)),
                        new DeviceNode("D3", "gadget", Unplug.KFREE, null)),
                List.of(new CloseHook("H1", "hook-pointer", "P1", PathCapture.POINTER, null),
                        new CloseHook("H2", "hook-copy", "P2", PathCapture.COPY, new Position(1, 1))),
                new WorkqueueThread("K1", "kworker/u8:2", 42, new Position(-1, -1)),
                fds,
                List.of(new Watch("E1", "F1"), new Watch("E1", "F3"), new Watch("E2", "E1"), new Watch("E2", "F1")),
                EnumSet.allOf(Property.class));
    }
}

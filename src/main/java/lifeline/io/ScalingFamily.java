package lifeline.io;

import java.util.ArrayList;
import java.util.List;
import lifeline.model.BinderFile;
import lifeline.model.DeviceNode;
import lifeline.model.Driver;
import lifeline.model.DriverFile;
import lifeline.model.EpollFile;
import lifeline.model.FdLink;
import lifeline.model.FileNode;
import lifeline.model.FputBalance;
import lifeline.model.FreeSite;
import lifeline.model.Operation;
import lifeline.model.ProcessNode;
import lifeline.model.Property;
import lifeline.model.ReservedMemory;
import lifeline.model.Scenario;
import lifeline.model.Unplug;
import lifeline.model.Watch;
import lifeline.model.WorkqueueThread;

/**
 * The scenario family of the scaling benchmark (issue 8): a driver shared by N processes. For N =
 * 4 it is the scenario: 11 files (six driver files, three epolls watching them, two
 * mmapped binders), the binder kworker and a kref'd device; each process holds six fds (four
 * driver files, an epoll, its binder or a fifth driver file), does ioctl and close on two of
 * them (three with six operations) and exits. Every driver is correct, so every member passes
 * and TLC must explore the whole state space.
 */
public final class ScalingFamily {
    private static final int FIRST_FD = 3;
    private static final String DEVICE = "D";

    private ScalingFamily() {}

    /** The member with n processes, each doing ops operations (an even number, 2 to 8). */
    public static Scenario member(int n, int ops) {
        if (n < 2 || n > 8 || ops < 2 || ops > 8 || ops % 2 != 0) {
            throw new IllegalArgumentException("n must be 2..8 and ops even, 2..8; got " + n + ", " + ops);
        }
        int drivers = Math.min(6, n + 2);
        int epolls = Math.min(3, n - 1);
        int binders = Math.min(2, n);
        List<FileNode> files = new ArrayList<>();
        List<Watch> watches = new ArrayList<>();
        for (int k = 1; k <= drivers; k++) {
            files.add(new DriverFile("F" + k, "shared" + k, proc(k - 1, n), driver(k), null));
        }
        for (int k = 1; k <= epolls; k++) {
            files.add(new EpollFile("E" + k, "epoll" + k, proc(k - 1, n), null));
            watches.add(new Watch("E" + k, "F" + (2 * k - 1)));
            watches.add(new Watch("E" + k, "F" + (2 * k)));
        }
        for (int k = 1; k <= binders; k++) {
            files.add(new BinderFile("B" + k, "binder" + k, "P" + k, true, null));
        }
        List<ProcessNode> procs = new ArrayList<>();
        List<FdLink> fds = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            procs.add(new ProcessNode("P" + i, "proc" + i, 100 + i, true, operations(ops), null));
            for (int j = 0; j < 5; j++) {
                int driverIndex = (i - 1 + j) % drivers + 1;
                fds.add(new FdLink("P" + i, FIRST_FD + j, j == 4 && i <= binders ? "B" + i : "F" + driverIndex));
            }
            fds.add(new FdLink("P" + i, FIRST_FD + 5, "E" + ((i - 1) % epolls + 1)));
        }
        return new Scenario("shared driver, " + n + " processes, " + ops + " operations each",
                "The scaling benchmark's family (issue 8): a driver shared by " + n + " processes.", procs, files,
                List.of(new DeviceNode(DEVICE, "device", Unplug.KREF_PUT, null)), List.of(),
                new WorkqueueThread("K", "kworker", 47, null), fds, watches, Property.defaults());
    }

    /** ioctl and close on each of the first ops/2 fds. */
    private static List<Operation> operations(int ops) {
        List<Operation> list = new ArrayList<>();
        for (int j = 0; j < ops / 2; j++) {
            list.add(new Operation.Ioctl(FIRST_FD + j, FputBalance.BALANCED));
            list.add(new Operation.Close(FIRST_FD + j));
        }
        return list;
    }

    /** Pollable drivers that free their wait queue and private data in release; F1 and F2 sit on the device. */
    private static Driver driver(int k) {
        Driver d = new Driver("drv" + k, true, FreeSite.RELEASE, FreeSite.RELEASE,
                k == 1 ? ReservedMemory.FILE_RECORD : ReservedMemory.NONE, null, false);
        return k <= 2 ? d.withDevice(DEVICE, true) : d;
    }

    private static String proc(int index, int n) {
        return "P" + (index % n + 1);
    }
}

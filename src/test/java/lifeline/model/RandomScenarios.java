package lifeline.model;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Random scenarios that pass the validator, for property tests here and for running TLC on random
 * scenarios. They are kept small (1-3 processes, 1-4 files, 0-3 operations per process) so that
 * checking one stays quick. A process runs its operations in any order or in program order, where the
 * list may repeat one.
 *
 * <p>jqwik generates a list of numbers (a "tape") and a builder reads its choices from it, each
 * choice reduced modulo the options it has. Every tape builds a valid scenario and the choice 0 is
 * always the simplest option, so jqwik's shrinking (shorter tapes, smaller numbers) shrinks a
 * failing scenario to a simpler valid one.
 */
public final class RandomScenarios {
    private static final int TAPE_LENGTH = 160;

    private RandomScenarios() {}

    public static Arbitrary<Scenario> validScenarios() {
        return Arbitraries.integers().between(0, Integer.MAX_VALUE).list().ofSize(TAPE_LENGTH)
                .map(tape -> new Builder(new Tape(tape)).build());
    }

    /**
     * The first n valid scenarios that keep accepts, from tapes drawn with java.util.Random(seed):
     * the same seed, the same scenarios.
     */
    public static List<Scenario> seeded(long seed, int n, Predicate<Scenario> keep) {
        Random random = new Random(seed);
        List<Scenario> scenarios = new ArrayList<>();
        while (scenarios.size() < n) {
            List<Integer> tape = new ArrayList<>();
            for (int j = 0; j < TAPE_LENGTH; j++) {
                tape.add(random.nextInt(Integer.MAX_VALUE));
            }
            Scenario s = new Builder(new Tape(tape)).build();
            if (keep.test(s)) {
                scenarios.add(s);
            }
        }
        return scenarios;
    }

    /** The choices; reading past the end gives 0, the simplest option. */
    private static final class Tape {
        private final List<Integer> values;
        private int next;

        Tape(List<Integer> values) {
            this.values = values;
        }

        int choose(int options) {
            int v = next < values.size() ? values.get(next) : 0;
            next++;
            return options <= 1 ? 0 : Math.floorMod(v, options);
        }

        boolean flip() {
            return choose(2) == 1;
        }

        <T> T pick(List<T> options) {
            return options.get(choose(options.size()));
        }
    }

    /** Builds one scenario, node kind by node kind, keeping each rule of the validator as it goes. */
    private static final class Builder {
        private static final List<String> STEMS = List.of("app", "zygote", "ünï \"q\"", "日本", "kernel\\fs", "🐧");
        private static final List<Double> COORDINATES = List.of(0.0, 120.0, -35.5, 1e-3, 4096.25);

        private final Tape t;
        private final List<ProcessNode> processes = new ArrayList<>();
        private final List<FileNode> files = new ArrayList<>();
        private final List<DeviceNode> devices = new ArrayList<>();
        private final List<FdLink> fds = new ArrayList<>();
        private final Set<String> names = new HashSet<>();

        Builder(Tape t) {
            this.t = t;
        }

        Scenario build() {
            WorkqueueThread kworker = t.flip()
                    ? new WorkqueueThread("K1", name("kworker/u8:2"), 2 + t.choose(50), position()) : null;
            int nProcesses = 1 + t.choose(3);
            int tgidBase = t.flip() ? ScenarioValidator.MAX_TGID - 100 : 100;
            for (int i = 0; i < nProcesses; i++) {
                // Bases of 100 and more keep clear of the kworker's tgids (2..51).
                processes.add(new ProcessNode("P" + (i + 1), name(t.pick(STEMS)), tgidBase + 10 * i + t.choose(10),
                        t.flip(), List.of(), position()));
            }
            int nDevices = t.choose(3);
            for (int i = 0; i < nDevices; i++) {
                devices.add(new DeviceNode("D" + (i + 1), name("dev"), t.pick(List.of(Unplug.values())), position()));
            }
            int nFiles = 1 + t.choose(4);
            for (int i = 0; i < nFiles; i++) {
                addFile(i);
            }
            List<List<Operation>> drawn = processes.stream().map(this::operations).toList();
            String title = t.flip() ? "random" : "";
            List<CloseHook> hooks = hooks();
            List<Watch> watches = watches();
            Set<Property> properties = properties();
            // The orders come last, so that every choice before them is read as it was before orders existed.
            List<ProcessNode> withOps = new ArrayList<>();
            for (int i = 0; i < processes.size(); i++) {
                OperationOrder order = t.flip() ? OperationOrder.PROGRAM : OperationOrder.ANY;
                List<Operation> ops = order == OperationOrder.ANY ? drawn.get(i).stream().distinct().toList()
                        : drawn.get(i);
                withOps.add(processes.get(i).withOrder(order).withOperations(ops));
            }
            return new Scenario(title, "", withOps, files, devices, hooks, kworker, fds, watches, properties);
        }

        private void addFile(int index) {
            ProcessNode opener = t.pick(processes);
            FileNode f = switch (t.choose(3)) {
                case 0 -> new DriverFile("F" + (index + 1), name("file"), opener.id(), driver(), position());
                case 1 -> new EpollFile("F" + (index + 1), name("ep"), opener.id(), position());
                default -> new BinderFile("F" + (index + 1), name("binder"), opener.id(),
                        t.flip() && !hasMappedBinder(opener.id()), position());
            };
            files.add(f);
            boolean mapped = f instanceof BinderFile b && b.mmapped();
            // A mapping holds the file too, so a mapped binder may be on no fd at all.
            int holders = (mapped ? 0 : 1) + t.choose(2);
            for (int h = 0; h < holders; h++) {
                String holder = h == 0 ? opener.id() : t.pick(processes).id();
                fds.add(new FdLink(holder, lowestFreeFd(holder, t.flip() ? 0 : 3), f.id()));
            }
        }

        /** The kernel hands out the lowest free fd; 0-2 are usually stdio, but need not be. */
        private int lowestFreeFd(String process, int from) {
            int fd = from;
            while (fileAt(process, fd)) {
                fd++;
            }
            return fd;
        }

        private boolean fileAt(String process, int fd) {
            return fds.stream().anyMatch(l -> l.process().equals(process) && l.fd() == fd);
        }

        private boolean hasMappedBinder(String process) {
            return files.stream().anyMatch(f -> f instanceof BinderFile b && b.mmapped() && b.opener().equals(process));
        }

        private Driver driver() {
            boolean pollable = t.flip();
            FreeSite waitQueue = t.flip() ? FreeSite.FLUSH : FreeSite.RELEASE;
            FreeSite privateData = t.pick(List.of(FreeSite.values()));
            ReservedMemory reserved = t.pick(List.of(ReservedMemory.values()));
            Driver d = new Driver(t.pick(List.of("locust", "ashmem", "ion")), pollable, waitQueue, privateData,
                    reserved, null, false);
            return devices.isEmpty() || !t.flip() ? d : d.withDevice(t.pick(devices).id(), t.flip());
        }

        /**
         * Up to 3 operations, each on an fd the process holds, in the order drawn and possibly repeated; wake
         * only on a file with a wait queue.
         */
        private List<Operation> operations(ProcessNode p) {
            List<FdLink> own = fds.stream().filter(l -> l.process().equals(p.id())).toList();
            int n = own.isEmpty() ? 0 : t.choose(4);
            List<Operation> ops = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                FdLink link = t.pick(own);
                Operation op = switch (t.choose(3)) {
                    case 0 -> new Operation.Close(link.fd());
                    case 1 -> pollable(link.file()) ? new Operation.Wake(link.fd()) : new Operation.Close(link.fd());
                    default -> new Operation.Ioctl(link.fd(), t.pick(List.of(FputBalance.values())));
                };
                ops.add(op);
            }
            return ops;
        }

        private boolean pollable(String fileId) {
            return files.stream().anyMatch(f -> f.id().equals(fileId) && f.pollable());
        }

        /**
         * Each epoll may watch pollable files; an epoll only watches epolls drawn before it, so
         * the watches between epolls can never form a cycle.
         */
        private List<Watch> watches() {
            List<Watch> out = new ArrayList<>();
            for (int e = 0; e < files.size(); e++) {
                if (!(files.get(e) instanceof EpollFile epoll)) {
                    continue;
                }
                for (int target = 0; target < files.size(); target++) {
                    FileNode f = files.get(target);
                    boolean allowed = f.pollable() && (!(f instanceof EpollFile) || target < e);
                    if (allowed && t.choose(3) == 1) {
                        out.add(new Watch(epoll.id(), f.id()));
                    }
                }
            }
            return out;
        }

        private List<CloseHook> hooks() {
            List<CloseHook> out = new ArrayList<>();
            for (ProcessNode p : processes) {
                if (t.choose(3) == 1) {
                    out.add(new CloseHook("H" + (out.size() + 1), name("hook"), p.id(),
                            t.flip() ? PathCapture.COPY : PathCapture.POINTER, position()));
                }
            }
            return out;
        }

        private Set<Property> properties() {
            if (!t.flip()) {
                return Property.defaults();
            }
            Set<Property> out = EnumSet.noneOf(Property.class);
            for (Property p : Property.values()) {
                if (t.flip()) {
                    out.add(p);
                }
            }
            return out;
        }

        /** A name no other node has: the stem, then a number if the stem is taken. */
        private String name(String stem) {
            String name = stem;
            for (int i = 2; !names.add(name); i++) {
                name = stem + i;
            }
            return name;
        }

        private Position position() {
            return new Position(t.pick(COORDINATES), t.pick(COORDINATES));
        }
    }
}

package lifeline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScenarioValidatorTest {
    private static final Scenario VALID = TestScenarios.valid();

    @Test
    void validScenariosHaveNoProblems() {
        assertEquals(List.of(), ScenarioValidator.validate(VALID));
        assertEquals(List.of(), ScenarioValidator.validate(TestScenarios.rich()));
        assertEquals(List.of(), Scenario.empty().problems());
    }

    /** Each case breaks exactly one rule of the valid scenario; {@code where} and a key phrase must match. */
    static Stream<Arguments> brokenRules() {
        return Stream.of(
                broken("blank id", s -> s.withHooks(List.of(hook("", "hook", "P2"))),
                        "close hook \"hook\" (no id)", "has no id"),
                broken("id shared across kinds", s -> s.withHooks(List.of(hook("D1", "hook", "P2"))),
                        "close hook \"hook\" (D1)", "is also the id of device \"usb\" (D1)"),
                broken("blank name", s -> s.withDevices(List.of(new DeviceNode("D1", " ", Unplug.NONE, null))),
                        "device (D1)", "has no name"),
                broken("name shared across kinds", s -> replaceFile(s, new EpollFile("E1", "app", "P1", null)),
                        "epoll \"app\" (E1)", "is also the name of process \"app\" (P1)"),
                broken("fd of a missing process", s -> addFd(s, new FdLink("P9", 3, "F1")),
                        "fd 3 of P9", "there is no process P9"),
                broken("fd of a non-process", s -> addFd(s, new FdLink("F1", 7, "E1")),
                        "fd 7 of \"locust\" (F1)", "file \"locust\" (F1) is not a process"),
                broken("fd pointing at a missing file", s -> addFd(s, new FdLink("P2", 9, "F9")),
                        "fd 9 of process \"child\" (P2)", "there is no file F9"),
                broken("fd pointing at a device", s -> addFd(s, new FdLink("P2", 9, "D1")),
                        "fd 9 of process \"child\" (P2)", "device \"usb\" (D1) is not a file"),
                broken("watch from a missing epoll", s -> addWatch(s, new Watch("E9", "F1")),
                        "watch E9 -> \"locust\" (F1)", "there is no epoll E9"),
                broken("watch of a missing file", s -> addWatch(s, new Watch("E1", "F9")),
                        "watch \"ep\" (E1) -> F9", "there is no file F9"),
                broken("opener not a process", s -> replaceFile(s, withOpener((DriverFile) s.files().get(0), "D1")),
                        "file \"locust\" (F1)", "device \"usb\" (D1) is not a process"),
                broken("opener missing", s -> replaceFile(s, new EpollFile("E1", "ep", null, null)),
                        "epoll \"ep\" (E1)", "no process is given"),
                broken("driver on a missing device", s -> replaceFile(s, driverOn(s, "D9")),
                        "file \"locust\" (F1)", "there is no device D9"),
                broken("hook of a missing process", s -> s.withHooks(List.of(hook("H1", "hook", "P9"))),
                        "close hook \"hook\" (H1)", "there is no process P9"),
                broken("one fd, two files", s -> addFd(s, new FdLink("P1", 3, "E1")),
                        "fd 3 of process \"app\" (P1)", "already points at \"locust\" (F1)"),
                broken("one fd listed twice", s -> addFd(s, new FdLink("P1", 3, "F1")),
                        "fd 3 of process \"app\" (P1)", "is listed twice"),
                broken("file held by nothing", s -> addFile(s, new EpollFile("E2", "ep2", "P1", null)),
                        "epoll \"ep2\" (E2)", "f_count would start at 0"),
                broken("unmapped binder held by nothing", s -> addFile(s, new BinderFile("B2", "b2", "P2", false, null)),
                        "binder \"b2\" (B2)", "no fd slot or binder mapping holds it"),
                broken("watch from a non-epoll", s -> addWatch(s, new Watch("F1", "E1")),
                        "watch \"locust\" (F1) -> \"ep\" (E1)", "EINVAL: epoll_ctl needs an epoll file"),
                broken("watch of a driver without poll", s -> replaceFile(s, driverPollable(s, false)),
                        "watch \"ep\" (E1) -> \"locust\" (F1)",
                        "EPERM: epoll_ctl(EPOLL_CTL_ADD) needs a file whose driver implements poll"),
                broken("watch of a binder", s -> addWatch(s, new Watch("E1", "B1")),
                        "watch \"ep\" (E1) -> \"binder\" (B1)", "EPERM"),
                broken("epoll watching itself", s -> addWatch(s, new Watch("E1", "E1")),
                        "watch \"ep\" (E1) -> \"ep\" (E1)", "ELOOP: epoll \"ep\" (E1) cannot watch itself"),
                broken("the same watch twice", s -> addWatch(s, new Watch("E1", "F1")),
                        "watch \"ep\" (E1) -> \"locust\" (F1)", "EEXIST"),
                broken("binder without a process", s -> replaceFile(s, new BinderFile("B1", "binder", "P9", true, null)),
                        "binder \"binder\" (B1)", "a binder without a process"),
                broken("two mmapped binders", s -> addFd(addFile(s, new BinderFile("B2", "b2", "P1", true, null)),
                                new FdLink("P1", 6, "B2")),
                        "binder \"b2\" (B2)", "process \"app\" (P1) already has the mmapped binder \"binder\" (B1)"),
                broken("two close hooks", s -> s.withHooks(List.of(hook("H1", "hook", "P2"), hook("H2", "hook2", "P2"))),
                        "close hook \"hook2\" (H2)", "at most one close hook per process"),
                broken("shared tgid", s -> replaceProcess(s, 1, p -> withTgid(p, 100)),
                        "process \"child\" (P2)", "tgid 100 is also the tgid of process \"app\" (P1)"),
                broken("tgid of the drawn kworker", s -> replaceProcess(s, 1, p -> withTgid(p, 2)),
                        "process \"child\" (P2)", "is the tgid of workqueue thread \"kworker\" (K1)"),
                broken("tgid of the default kworker", s -> replaceProcess(s.withKworker(null), 1, p -> withTgid(p, 2)),
                        "process \"child\" (P2)", "the default when none is drawn"),
                broken("kworker tgid out of range", s -> s.withKworker(new WorkqueueThread("K1", "kworker", 0, null)),
                        "workqueue thread \"kworker\" (K1)", "out of range"),
                broken("operation on an fd not held", s -> replaceProcess(s, 1, p -> p.withOperations(
                                List.of(new Operation.Close(7)))),
                        "operation close(7) of process \"child\" (P2)",
                        "no fd 7 in the fd table of process \"child\" (P2)"),
                broken("operation listed twice", s -> replaceProcess(s, 1, p -> p.withOperations(
                                List.of(new Operation.Close(3), new Operation.Close(3)))),
                        "operation close(3) of process \"child\" (P2)", "is listed twice"),
                broken("wake on a binder", s -> replaceProcess(s, 0, p -> p.withOperations(
                                List.of(new Operation.Wake(5)))),
                        "operation wake_up(fd 5) of process \"app\" (P1)",
                        "wake_up needs a wait queue, and binder \"binder\" (B1) has none"),
                broken("wake on a driver without poll", s -> replaceProcess(
                                replaceFile(s.withWatches(List.of()), driverPollable(s, false)), 0,
                                p -> p.withOperations(List.of(new Operation.Wake(3)))),
                        "operation wake_up(fd 3) of process \"app\" (P1)",
                        "file \"locust\" (F1) has none: its driver does not implement poll"),
                broken("too many operations", s -> replaceProcess(s, 0, p -> p.withOperations(nineOperations())),
                        "process \"app\" (P1)", "at most 8 operations per process"),
                broken("too many processes", ScenarioValidatorTest::nineProcesses,
                        "scenario", "at most 8 processes in a scenario, so that the state space stays finite"),
                broken("too many files", s -> extraEpolls(s, 14),
                        "scenario", "17 files; Lifeline checks at most 16 files"),
                broken("too many devices", s -> s.withDevices(IntStream.rangeClosed(1, 9).mapToObj(
                                i -> new DeviceNode("D" + i, "dev" + i, Unplug.NONE, null)).toList()),
                        "scenario", "at most 8 devices"),
                broken("too many fd slots", s -> s.withFds(plusAll(s.fds(), IntStream.range(10, 71).mapToObj(
                                fd -> new FdLink("P1", fd, "F1")).toList())),
                        "scenario", "65 fd slots; Lifeline checks at most 64 fd slots in all fd tables together"),
                broken("too many watches on one epoll", ScenarioValidatorTest::nineWatches,
                        "epoll \"ep\" (E1)", "at most 8 watches per epoll"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenRules")
    void eachRuleIsReportedAlone(String rule, UnaryOperator<Scenario> breakIt, String where, String phrase) {
        List<Problem> problems = ScenarioValidator.validate(breakIt.apply(VALID));
        assertEquals(1, problems.size(), () -> rule + ": " + problems);
        assertEquals(where, problems.get(0).where(), rule);
        assertTrue(problems.get(0).message().contains(phrase), () -> rule + ": " + problems.get(0).message());
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 1024, Integer.MAX_VALUE})
    void fdNumbersRunFrom0To1023(int fd) {
        List<Problem> problems = addFd(VALID, new FdLink("P1", fd, "F1")).problems();
        assertEquals(List.of(new Problem("fd " + fd + " of process \"app\" (P1)",
                "EBADF: fd numbers run from 0 to 1023 (the default RLIMIT_NOFILE of 1024)")), problems);
        assertEquals(List.of(), addFd(VALID, new FdLink("P1", 0, "F1")).problems());
        assertEquals(List.of(), addFd(VALID, new FdLink("P1", 1023, "F1")).problems());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -5, 4_194_305})
    void tgidsRunFrom1ToPidMaxLimit(int tgid) {
        List<Problem> problems = replaceProcess(VALID, 1, p -> withTgid(p, tgid)).problems();
        assertEquals(1, problems.size(), problems::toString);
        assertEquals("process \"child\" (P2)", problems.get(0).where());
        assertTrue(problems.get(0).message().startsWith("tgid " + tgid + " is out of range"));
        assertEquals(List.of(), replaceProcess(VALID, 1, p -> withTgid(p, 4_194_304)).problems());
    }

    @Test
    void aMappedBinderNeedsNoFd() {
        Scenario s = VALID.withFds(VALID.fds().stream().filter(l -> !l.file().equals("B1")).toList());
        assertEquals(List.of(), s.problems());
    }

    @Test
    void eloopNamesTheWholeCycle() {
        Scenario s = extraEpolls(VALID, 2);
        s = s.withWatches(List.of(new Watch("E1", "X1"), new Watch("X1", "X2"), new Watch("X2", "E1")));
        List<Problem> problems = s.problems();
        assertEquals(List.of(new Problem("watch \"x2\" (X2) -> \"ep\" (E1)",
                "ELOOP: epoll_ctl(EPOLL_CTL_ADD) would close a cycle of epolls: "
                        + "\"x2\" (X2) -> \"ep\" (E1) -> \"x1\" (X1) -> \"x2\" (X2)")), problems);
    }

    @Test
    void nestedEpollsWithoutACycleAreFine() {
        Scenario s = extraEpolls(VALID, 2);
        s = s.withWatches(List.of(new Watch("E1", "X1"), new Watch("X1", "X2"), new Watch("E1", "X2"),
                new Watch("X2", "F1")));
        assertEquals(List.of(), s.problems());
    }

    @Test
    void aRefusedWatchDoesNotMakeALaterOneALoop() {
        // The kernel refuses epoll_ctl calls one at a time: a refused watch is never added.
        Scenario s = extraEpolls(VALID, 1).withWatches(List.of(
                new Watch("E1", "E1"), new Watch("X1", "E1"), new Watch("E1", "X1")));
        List<Problem> problems = s.problems();
        assertEquals(2, problems.size(), problems::toString);
        assertTrue(problems.get(0).message().contains("cannot watch itself"));
        assertTrue(problems.get(1).message().contains("\"ep\" (E1) -> \"x1\" (X1) -> \"ep\" (E1)"));
    }

    @Test
    void tooManyHooksIsReportedWithTheHooksThatShareAProcess() {
        Scenario s = VALID.withHooks(IntStream.rangeClosed(1, 9).mapToObj(i -> hook("H" + i, "h" + i, "P1")).toList());
        List<Problem> problems = s.problems();
        assertEquals(new Problem("scenario", "9 close hooks; Lifeline checks at most 8 close hooks in a scenario,"
                + " so that the state space stays finite and checkable"), problems.get(problems.size() - 1));
    }

    @Test
    void problemsComeInTheOrderOfTheScenariosLists() {
        Scenario s = addFd(addFd(VALID, new FdLink("P9", 3, "F1")), new FdLink("P8", 3, "F1"))
                .withHooks(List.of(hook("H1", "", "P2")));
        List<Problem> problems = s.problems();
        assertEquals(List.of("close hook (H1)", "fd 3 of P9", "fd 3 of P8"),
                problems.stream().map(Problem::where).toList());
        assertEquals(problems, s.problems());
    }

    @Test
    void requireValidThrowsWithEveryProblem() {
        Scenario s = addFd(addFd(VALID, new FdLink("P9", 3, "F1")), new FdLink("P8", 3, "F1"));
        ValidationException e = assertThrows(ValidationException.class, () -> ScenarioValidator.requireValid(s));
        assertEquals(2, e.problems().size());
        assertTrue(e.getMessage().contains("fd 3 of P9: is in the fd table of a process, but there is no process P9"),
                e.getMessage());
        assertSame(VALID, ScenarioValidator.requireValid(VALID));
    }

    @Test
    void nullReferencesAreProblemsNotExceptions() {
        // The null fd comes first so that looking up an operation's fd has to step over it.
        Scenario s = addWatch(VALID.withFds(plusAll(List.of(new FdLink(null, 8, null)), VALID.fds())),
                new Watch(null, null)).withHooks(List.of(hook("H1", "hook", null)));
        List<String> wheres = s.problems().stream().map(Problem::where).toList();
        assertEquals(List.of("close hook \"hook\" (H1)", "fd 8 of (none)", "fd 8 of (none)",
                "watch (none) -> (none)"), wheres);
    }

    // --- building broken scenarios ---

    private static Arguments broken(String rule, UnaryOperator<Scenario> breakIt, String where, String phrase) {
        return Arguments.of(rule, breakIt, where, phrase);
    }

    static <T> List<T> plusAll(List<T> list, List<? extends T> more) {
        List<T> out = new ArrayList<>(list);
        out.addAll(more);
        return out;
    }

    static Scenario addFd(Scenario s, FdLink link) {
        return s.withFds(plusAll(s.fds(), List.of(link)));
    }

    static Scenario addWatch(Scenario s, Watch w) {
        return s.withWatches(plusAll(s.watches(), List.of(w)));
    }

    static Scenario addFile(Scenario s, FileNode f) {
        return s.withFiles(plusAll(s.files(), List.of(f)));
    }

    private static Scenario replaceFile(Scenario s, FileNode f) {
        return s.withFiles(s.files().stream().map(old -> old.id().equals(f.id()) ? f : old).toList());
    }

    private static Scenario replaceProcess(Scenario s, int index, UnaryOperator<ProcessNode> change) {
        List<ProcessNode> ps = new ArrayList<>(s.processes());
        ps.set(index, change.apply(ps.get(index)));
        return s.withProcesses(ps);
    }

    private static ProcessNode withTgid(ProcessNode p, int tgid) {
        return new ProcessNode(p.id(), p.name(), tgid, p.exits(), p.operations(), p.position());
    }

    private static CloseHook hook(String id, String name, String process) {
        return new CloseHook(id, name, process, PathCapture.POINTER, null);
    }

    private static DriverFile driverOn(Scenario s, String device) {
        DriverFile f = (DriverFile) s.files().get(0);
        return f.withDriver(f.driver().withDevice(device, true));
    }

    private static DriverFile driverPollable(Scenario s, boolean pollable) {
        DriverFile f = (DriverFile) s.files().get(0);
        Driver d = f.driver();
        return f.withDriver(new Driver(d.name(), pollable, d.waitQueueFreedIn(), d.privateDataFreedIn(),
                d.reservedMemory(), d.device(), d.openTakesDeviceRef()));
    }

    private static DriverFile withOpener(DriverFile f, String opener) {
        return new DriverFile(f.id(), f.name(), opener, f.driver(), f.position());
    }

    /** n more epolls X1..Xn ("x1".."xn"), each on an fd of P1 from 10 up, watching nothing. */
    private static Scenario extraEpolls(Scenario s, int n) {
        for (int i = 1; i <= n; i++) {
            s = addFd(addFile(s, new EpollFile("X" + i, "x" + i, "P1", null)), new FdLink("P1", 9 + i, "X" + i));
        }
        return s;
    }

    private static Scenario nineProcesses(Scenario s) {
        return s.withProcesses(plusAll(s.processes(), IntStream.rangeClosed(3, 9).mapToObj(
                i -> new ProcessNode("Q" + i, "q" + i, 200 + i, false, List.of(), null)).toList()));
    }

    private static Scenario nineWatches(Scenario s) {
        Scenario more = extraEpolls(s, 8);
        return more.withWatches(plusAll(more.watches(), IntStream.rangeClosed(1, 8).mapToObj(
                i -> new Watch("E1", "X" + i)).toList()));
    }

    private static List<Operation> nineOperations() {
        List<Operation> ops = new ArrayList<>();
        for (int fd : new int[] {3, 4}) {
            ops.add(new Operation.Close(fd));
            ops.add(new Operation.Wake(fd));
            for (FputBalance b : FputBalance.values()) {
                ops.add(new Operation.Ioctl(fd, b));
            }
        }
        return ops.subList(0, 9);
    }
}

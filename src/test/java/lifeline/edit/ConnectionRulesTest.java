package lifeline.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import lifeline.model.DriverFile;
import lifeline.model.FdLink;
import lifeline.model.FreeSite;
import lifeline.model.Position;
import lifeline.model.Scenario;
import lifeline.model.ScenarioBuilder;
import lifeline.model.ScenarioValidator;
import lifeline.model.Watch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConnectionRulesTest {
    private final Scenario s = Fixtures.everything();

    /** The reason, after checking that neither Connect.of nor applying the edge directly gets past it. */
    private static String refused(Scenario s, String from, String to) {
        String reason = ConnectionRules.refusal(s, from, to).orElseThrow(() -> new AssertionError("not refused"));
        CommandStack stack = new CommandStack(s);
        assertThrows(EditRefusedException.class, () -> stack.execute(Connect.of(s, from, to)));
        ConnectionRules.edge(s, from, to).ifPresent(e -> assertThrows(EditRefusedException.class,
                () -> stack.execute(new Connect(e))));
        assertEquals(s, stack.current());
        assertEquals(false, stack.canUndo());
        return reason;
    }

    /** Connects, and checks the result is the scenario plus this edge with no new problem. */
    private static Scenario connected(Scenario s, String from, String to, Edge expected) {
        assertEquals(Optional.empty(), ConnectionRules.refusal(s, from, to));
        Connect c = Connect.of(s, from, to);
        assertEquals(expected, c.edge());
        Scenario out = c.apply(s);
        assertTrue(expected.isIn(out));
        assertTrue(Edge.all(out).contains(expected));
        assertEquals(List.of(), NewProblems.between(s, out));
        return out;
    }

    @ParameterizedTest
    @CsvSource({"P1, F2, FD", "P1, E2, FD", "P1, B1, FD", "E1, F2, WATCH", "E1, E2, WATCH", "E1, B1, WATCH",
            "F1, D1, OPENED_ON", "H1, P2, HOOK"})
    void kindsOfTheEndsPickTheEdge(String from, String to, EdgeKind kind) {
        assertEquals(Optional.of(kind), ConnectionRules.edgeFor(s, from, to));
    }

    @ParameterizedTest
    @CsvSource({"P1, P2", "P1, D1", "P1, H1", "P1, K", "F1, F2", "F1, P1", "B1, D1", "E1, D1", "E1, P1",
            "D1, P1", "D1, F1", "H1, F1", "K, P1", "P1, P1", "P1, P9"})
    void kindsThatMakeNoEdge(String from, String to) {
        assertEquals(Optional.empty(), ConnectionRules.edgeFor(s, from, to));
    }

    @Test
    void watchingAFileWithoutPollIsEperm() {
        String reason = refused(s, "E1", "F2");
        assertEquals("EPERM: epoll_ctl(EPOLL_CTL_ADD) needs a file whose driver implements poll, and file "
                + "\"/dev/f2\" (F2) has no poll: its driver does not implement poll", reason);
    }

    @Test
    void watchingABinderIsEpermBecauseBinderPollIsNotModelled() {
        String reason = refused(s, "E1", "B1");
        assertTrue(reason.startsWith("EPERM: epoll_ctl(EPOLL_CTL_ADD)"), reason);
        assertTrue(reason.contains("\"binder-b1\" (B1)") && reason.contains("Lifeline does not model binder_poll"),
                reason);
    }

    @Test
    void anEpollWatchingItselfIsEloop() {
        assertEquals("ELOOP: epoll \"epoll-e1\" (E1) cannot watch itself", refused(s, "E1", "E1"));
    }

    @Test
    void closingACycleOfEpollsIsEloopNamingTheCycle() {
        Scenario two = Connect.of(s, "E1", "E2").apply(s);
        assertEquals("ELOOP: epoll_ctl(EPOLL_CTL_ADD) would close a cycle of epolls: \"epoll-e2\" (E2) -> "
                + "\"epoll-e1\" (E1) -> \"epoll-e2\" (E2)", refused(two, "E2", "E1"));
    }

    @Test
    void closingALongerCycleNamesEveryEpollOnIt() {
        Scenario three = new AddNode(NodeKind.EPOLL, Position.ORIGIN).apply(s);
        three = Connect.of(three, "P2", "E3").apply(three);
        three = Connect.of(three, "E1", "E2").apply(three);
        three = Connect.of(three, "E2", "E3").apply(three);
        assertEquals("ELOOP: epoll_ctl(EPOLL_CTL_ADD) would close a cycle of epolls: \"epoll 3\" (E3) -> "
                + "\"epoll-e1\" (E1) -> \"epoll-e2\" (E2) -> \"epoll 3\" (E3)", refused(three, "E3", "E1"));
    }

    @Test
    void aWatchThatExistsIsEexist() {
        assertEquals("EEXIST: \"/dev/f1\" (F1) is already watched by this epoll", refused(s, "E1", "F1"));
    }

    @Test
    void aDeviceCannotHoldAnFd() {
        String reason = refused(s, "D1", "P1");
        assertTrue(reason.startsWith("No edge from device dev-d1 to process p1: a device cannot hold an fd"), reason);
    }

    @Test
    void wrongKindsSayWhatEachKindConnectsTo() {
        assertTrue(refused(s, "P1", "D1").contains("a process holds fds on files"));
        assertTrue(refused(s, "P1", "P2").contains("not on a process"));
        assertTrue(refused(s, "E1", "P1").contains("epoll_ctl(EPOLL_CTL_ADD) watches files"));
        assertTrue(refused(s, "K", "P1").contains("the binder kworker holds no fds"));
        assertTrue(refused(s, "H1", "F1").contains("a close hook wraps close for a process"));
    }

    @Test
    void aDragTheWrongWayRoundSaysWhichWayWorks() {
        String reason = refused(s, "F2", "P2");
        assertTrue(reason.endsWith("; drag from p2 to /dev/f2 for the fd edge"), reason);
        assertTrue(refused(s, "P2", "H1").endsWith("; drag from hook-p1 to p2 for the hook edge"));
    }

    @Test
    void aSecondHookOnAProcessIsRefused() {
        Scenario two = new AddNode(NodeKind.CLOSE_HOOK, Position.ORIGIN).apply(s);
        String reason = refused(two, "H2", "P1");
        assertTrue(reason.contains("already has the close hook \"hook-p1\" (H1); at most one close hook per process"),
                reason);
    }

    @Test
    void aHookThatWrapsAProcessCannotWrapAnother() {
        assertEquals("hook-p1 already wraps close for p1; a close hook wraps one process (disconnect it first)",
                refused(s, "H1", "P2"));
        assertEquals("EEXIST: hook-p1 already wraps close for p1", refused(s, "H1", "P1"));
    }

    @Test
    void aSecondDeviceForAFileIsRefused() {
        Scenario two = new AddNode(NodeKind.DEVICE, Position.ORIGIN).apply(s);
        assertEquals("/dev/f3 is already opened on device dev-d1; a file is opened on one device "
                + "(disconnect that one first)", refused(two, "F3", "D2"));
        assertEquals("EEXIST: /dev/f3 is already opened on dev-d1", refused(s, "F3", "D1"));
    }

    @Test
    void anFdSlotInUseIsRefused() {
        Edge e = new Edge.Fd("P1", 3, "F2");
        String reason = ConnectionRules.refusal(s, e).orElseThrow();
        assertEquals("fd 3 of process \"p1\" (P1): already points at \"/dev/f1\" (F1); an fd slot holds one file",
                reason);
        assertThrows(EditRefusedException.class, () -> Connect.fd(s, "P1", "F2", 3).apply(s));
        assertTrue(ConnectionRules.refusal(s, new Edge.Fd("P1", 1024, "F2")).orElseThrow().startsWith("EBADF"));
    }

    @Test
    void watchesBeyondTheBoundAreRefused() {
        ScenarioBuilder b = new ScenarioBuilder("many").process("P1", 100, false).epoll("E1", "P1").fd("P1", 3, "E1");
        for (int i = 1; i <= ScenarioValidator.MAX_WATCHES_PER_EPOLL + 1; i++) {
            b.driverFile("F" + i, "P1", d -> ScenarioBuilder.pollable(d, FreeSite.RELEASE)).fd("P1", 3 + i, "F" + i);
        }
        for (int i = 1; i <= ScenarioValidator.MAX_WATCHES_PER_EPOLL; i++) {
            b.watch("E1", "F" + i);
        }
        Scenario full = b.build();
        assertEquals(List.of(), ScenarioValidator.validate(full));
        String reason = refused(full, "E1", "F9");
        assertTrue(reason.contains("9 watches; Lifeline checks at most 8 watches per epoll"), reason);
    }

    @Test
    void fdSlotsBeyondTheBoundAreRefused() {
        ScenarioBuilder b = new ScenarioBuilder("many").process("P1", 100, false).driverFile("F1", "P1", d -> d);
        for (int fd = 3; fd < 3 + ScenarioValidator.MAX_FD_SLOTS; fd++) {
            b.fd("P1", fd, "F1");
        }
        Scenario full = b.build();
        assertEquals(List.of(), ScenarioValidator.validate(full));
        assertTrue(refused(full, "P1", "F1").contains("Lifeline checks at most 64 fd slots"));
    }

    @Test
    void legalConnectionsMakeTheRightEdgeAndNoNewProblem() {
        Scenario out = connected(s, "P2", "F2", new Edge.Fd("P2", 5, "F2"));
        out = connected(out, "E2", "F1", new Edge.EpollWatch("E2", "F1"));
        out = connected(out, "E2", "E1", new Edge.EpollWatch("E2", "E1"));
        out = connected(out, "P1", "F1", new Edge.Fd("P1", 8, "F1"));
        out = connected(out, "F1", "D1", new Edge.OpenedOn("F1", "D1"));
        out = new AddNode(NodeKind.CLOSE_HOOK, Position.ORIGIN).apply(out);
        out = connected(out, "H2", "P2", new Edge.Hook("H2", "P2"));
        assertEquals(List.of(), ScenarioValidator.validate(out));
        assertTrue(((DriverFile) out.file("F1").orElseThrow()).driver().openTakesDeviceRef());
    }

    @Test
    void connectDescribesTheEdgeWithNames() {
        assertEquals("Connect fd 5: p2 -> /dev/f2", Connect.of(s, "P2", "F2").description());
        assertEquals("Connect watch: epoll-e2 -> /dev/f1", Connect.of(s, "E2", "F1").description());
        assertEquals("Connect opened on: /dev/f1 -> dev-d1", Connect.of(s, "F1", "D1").description());
        assertEquals("Connect fd 9: p1 -> /dev/f2", Connect.fd(s, "P1", "F2", 9).description());
    }

    @Test
    void theFirstFdOfAFileNobodyOpenedMakesItsOpener() {
        Scenario one = new AddNode(NodeKind.DRIVER_FILE, Position.ORIGIN).apply(s);
        assertEquals("F4", one.files().get(one.files().size() - 1).id());
        Scenario out = Connect.of(one, "P2", "F4").apply(one);
        assertEquals("P2", out.file("F4").orElseThrow().opener());
        assertEquals(List.of(), ScenarioValidator.validate(out));
        Scenario again = Connect.of(out, "P1", "F4").apply(out);
        assertEquals("P2", again.file("F4").orElseThrow().opener(), "a later fd is a dup or an inherited file");
        assertTrue(again.fds().contains(new FdLink("P1", 8, "F4")));
    }

    @Test
    void lowestFreeFdFillsGapsFromThree() {
        Scenario gap = new Disconnect(new Edge.Fd("P1", 4, "E1")).apply(s);
        assertEquals(4, ConnectionRules.lowestFreeFd(gap, "P1"));
        assertEquals(3, ConnectionRules.lowestFreeFd(Scenario.empty(), "P1"));
    }

    @Test
    void disconnectRemovesTheEdgeAndWhatCannotOutliveIt() {
        Scenario out = Disconnect.of(s, new Edge.Fd("P1", 3, "F1")).apply(s);
        assertEquals(List.of(new lifeline.model.Operation.Ioctl(6, lifeline.model.FputBalance.LEAK)),
                out.process("P1").orElseThrow().operations());
        assertEquals(List.of(), new Disconnect(new Edge.EpollWatch("E1", "F1")).apply(s).watches().stream()
                .filter(w -> w.equals(new Watch("E1", "F1"))).toList());
        assertEquals(null, ((DriverFile) new Disconnect(new Edge.OpenedOn("F3", "D1")).apply(s).file("F3")
                .orElseThrow()).driver().device());
        assertTrue(new Disconnect(new Edge.Hook("H1", "P1")).apply(s).hookOf("P1").isEmpty());
        assertEquals("Disconnect fd 3: p1 -> /dev/f1", Disconnect.of(s, new Edge.Fd("P1", 3, "F1")).description());
        assertThrows(IllegalArgumentException.class, () -> new Disconnect(new Edge.Fd("P1", 9, "F1")).apply(s));
    }

    @Test
    void everyEdgeOfTheFixtureIsListed() {
        assertEquals(List.of(new Edge.Fd("P1", 3, "F1"), new Edge.Fd("P1", 4, "E1"), new Edge.Fd("P1", 5, "B1"),
                new Edge.Fd("P1", 6, "F2"), new Edge.Fd("P1", 7, "F3"), new Edge.Fd("P2", 3, "F1"),
                new Edge.Fd("P2", 4, "E2"), new Edge.EpollWatch("E1", "F1"), new Edge.OpenedOn("F3", "D1"),
                new Edge.Hook("H1", "P1")), Edge.all(s));
    }
}

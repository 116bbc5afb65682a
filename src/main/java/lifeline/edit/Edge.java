package lifeline.edit;

import java.util.ArrayList;
import java.util.List;
import lifeline.model.CloseHook;
import lifeline.model.DriverFile;
import lifeline.model.FdLink;
import lifeline.model.FileNode;
import lifeline.model.ProcessNode;
import lifeline.model.Scenario;
import lifeline.model.Watch;

/**
 * An edge of the canvas. Fds and watches are lists of the scenario; "opened on" and "hook" are fields of
 * the driver file and the close hook, so adding one sets the field and removing one clears it.
 */
public sealed interface Edge permits Edge.Fd, Edge.EpollWatch, Edge.OpenedOn, Edge.Hook {
    EdgeKind kind();

    /** The node a drag starts at. */
    String from();

    /** The node a drag ends at. */
    String to();

    boolean isIn(Scenario s);

    /** The scenario with this edge, and nothing else, added: no checks (see {@link ConnectionRules}). */
    Scenario addTo(Scenario s);

    /** The scenario without this edge and whatever cannot outlive it. */
    Scenario removeFrom(Scenario s);

    /** For descriptions: "fd 3: app -> /dev/foo". */
    default String describe(Scenario s) {
        return kind().label() + ": " + Nodes.label(s, from()) + " -> " + Nodes.label(s, to());
    }

    /** Every edge of the scenario: fds, watches, devices of driver files, hooks, in the scenario's order. */
    static List<Edge> all(Scenario s) {
        List<Edge> out = new ArrayList<>();
        s.fds().forEach(l -> out.add(new Fd(l.process(), l.fd(), l.file())));
        s.watches().forEach(w -> out.add(new EpollWatch(w.epoll(), w.target())));
        for (FileNode f : s.files()) {
            if (f instanceof DriverFile && ((DriverFile) f).driver().device() != null) {
                out.add(new OpenedOn(f.id(), ((DriverFile) f).driver().device()));
            }
        }
        s.hooks().stream().filter(h -> h.process() != null).forEach(h -> out.add(new Hook(h.id(), h.process())));
        return out;
    }

    /** Fd {@code fd} of process points at file. */
    record Fd(String process, int fd, String file) implements Edge {
        public FdLink link() {
            return new FdLink(process, fd, file);
        }

        @Override
        public EdgeKind kind() {
            return EdgeKind.FD;
        }

        @Override
        public String from() {
            return process;
        }

        @Override
        public String to() {
            return file;
        }

        @Override
        public boolean isIn(Scenario s) {
            return s.fds().contains(link());
        }

        @Override
        public Scenario addTo(Scenario s) {
            List<FdLink> fds = new ArrayList<>(s.fds());
            fds.add(link());
            return s.withFds(fds);
        }

        /** Also drops the process's operations on the fd: the slot they act on is gone. */
        @Override
        public Scenario removeFrom(Scenario s) {
            List<FdLink> fds = new ArrayList<>(s.fds());
            fds.remove(link());
            Scenario out = s.withFds(fds);
            return out.fileAt(process, fd).isPresent() ? out : Fd.dropOperations(out, process, fd);
        }

        @Override
        public String describe(Scenario s) {
            return "fd " + fd + ": " + Nodes.label(s, process) + " -> " + Nodes.label(s, file);
        }

        static Scenario dropOperations(Scenario s, String process, int fd) {
            List<ProcessNode> ps = new ArrayList<>(s.processes());
            ps.replaceAll(p -> p.id().equals(process)
                    ? p.withOperations(p.operations().stream().filter(op -> op.fd() != fd).toList()) : p);
            return s.withProcesses(ps);
        }
    }

    /** Epoll has an epitem on target's wait queue. */
    record EpollWatch(String epoll, String target) implements Edge {
        public Watch watch() {
            return new Watch(epoll, target);
        }

        @Override
        public EdgeKind kind() {
            return EdgeKind.WATCH;
        }

        @Override
        public String from() {
            return epoll;
        }

        @Override
        public String to() {
            return target;
        }

        @Override
        public boolean isIn(Scenario s) {
            return s.watches().contains(watch());
        }

        @Override
        public Scenario addTo(Scenario s) {
            List<Watch> ws = new ArrayList<>(s.watches());
            ws.add(watch());
            return s.withWatches(ws);
        }

        @Override
        public Scenario removeFrom(Scenario s) {
            List<Watch> ws = new ArrayList<>(s.watches());
            ws.remove(watch());
            return s.withWatches(ws);
        }
    }

    /** The driver file was opened on the device; a new connection has open take its kref_get. */
    record OpenedOn(String file, String device) implements Edge {
        @Override
        public EdgeKind kind() {
            return EdgeKind.OPENED_ON;
        }

        @Override
        public String from() {
            return file;
        }

        @Override
        public String to() {
            return device;
        }

        @Override
        public boolean isIn(Scenario s) {
            return s.file(file).filter(f -> f instanceof DriverFile
                    && device.equals(((DriverFile) f).driver().device())).isPresent();
        }

        @Override
        public Scenario addTo(Scenario s) {
            DriverFile f = Nodes.node(s, file, DriverFile.class, "driver file");
            return Nodes.replace(s, f.withDriver(f.driver().withDevice(device, true)));
        }

        @Override
        public Scenario removeFrom(Scenario s) {
            DriverFile f = Nodes.node(s, file, DriverFile.class, "driver file");
            return Nodes.replace(s, f.withDriver(f.driver().withDevice(null, false)));
        }
    }

    /** The close hook wraps close for the process. */
    record Hook(String hook, String process) implements Edge {
        @Override
        public EdgeKind kind() {
            return EdgeKind.HOOK;
        }

        @Override
        public String from() {
            return hook;
        }

        @Override
        public String to() {
            return process;
        }

        @Override
        public boolean isIn(Scenario s) {
            return s.hooks().stream().anyMatch(h -> h.id().equals(hook) && process.equals(h.process()));
        }

        @Override
        public Scenario addTo(Scenario s) {
            return Nodes.replace(s, Nodes.withProcess(Nodes.node(s, hook, CloseHook.class, "close hook"), process));
        }

        @Override
        public Scenario removeFrom(Scenario s) {
            return Nodes.replace(s, Nodes.withProcess(Nodes.node(s, hook, CloseHook.class, "close hook"), null));
        }
    }
}

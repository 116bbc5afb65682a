package lifeline.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import lifeline.Sweeps;
import lifeline.check.QuiescentStates.Model;
import lifeline.check.QuiescentStates.State;
import lifeline.io.ScenarioJson;
import lifeline.model.CloseHook;
import lifeline.model.FdLink;
import lifeline.model.FileNode;
import lifeline.model.ProcessNode;
import lifeline.model.Property;
import lifeline.model.RandomScenarios;
import lifeline.model.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Symmetry reduction keeps every verdict: processes alike in every constant (the same fds over
 * the same files, operations, order, exit and hook, and no file of their own) are explored once
 * per orbit (the spec's VIEW), and the reduced model with it violates exactly the properties the
 * literal model without it violates and reaches the same quiescent states up to renaming alike
 * processes (but for states after a refcount underflow, as in ReductionEquivalenceTest), on forked
 * children of a shared driver and on seeded random scenarios with a process cloned (5 in the test run,
 * 200 with -Pthorough; see {@link Sweeps}). Two forked children of which one drops a reference too
 * many are not alike: their literal model (50,822 states, two thirds of what this class explored) is compared
 * under -Pthorough, and in every run the reduced model must keep them apart (explored as often as
 * without symmetry, alikeProcessesAreExploredOncePerOrbit).
 */
class SymmetryTest {
    private static final long SEED = 20261201L;

    @Test
    void alikeProcessesKeepTheLiteralVerdictsAndQuiescentStates() throws Exception {
        long seed = Sweeps.seed(SEED);
        List<Scenario> all = new ArrayList<>();
        all.add(forkedChildren(2, false));
        if (Sweeps.thorough()) {
            all.add(forkedChildren(2, true));
        }
        RandomScenarios.seeded(seed, Sweeps.size(5, 200), s -> s.processes().size() <= 2
                && !nonOpeners(s).isEmpty()).stream()
                .map(s -> cloned(s, nonOpeners(s).get(0))).forEach(all::add);
        List<QuiescentStates.Run> runs = QuiescentStates.explore(all, Model.LITERAL, Model.REDUCED);
        List<Set<State>> literal = runs.get(0).states();
        List<Set<State>> reduced = runs.get(1).states();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Set<Property> verdict = QuiescentStates.violated(literal.get(i));
            if (!verdict.equals(QuiescentStates.violated(reduced.get(i)))
                    || !QuiescentStates.withoutUnderflow(literal.get(i))
                            .equals(QuiescentStates.withoutUnderflow(reduced.get(i)))) {
                failures.add("number " + i + " (" + Sweeps.rerun(seed) + "): literal violates " + verdict + " in "
                        + literal.get(i).size() + " quiescent states, reduced "
                        + QuiescentStates.violated(reduced.get(i)) + " in " + reduced.get(i).size() + "\n"
                        + ScenarioJson.toJson(all.get(i)));
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + all.size() + " differ:\n"
                + String.join("\n", failures.subList(0, Math.min(2, failures.size()))));
    }

    @Test
    void alikeProcessesAreExploredOncePerOrbit() throws Exception {
        List<Scenario> three = List.of(forkedChildren(3, false));
        List<QuiescentStates.Run> states = QuiescentStates.explore(three, Model.REDUCED, Model.ASYMMETRIC);
        long with = states.get(0).distinctStates();
        long without = states.get(1).distinctStates();
        assertTrue(with * 2 < without, "three alike children: " + with + " states with symmetry, " + without
                + " without");
        List<Scenario> none = List.of(forkedChildren(2, true)); // the children differ in one ioctl
        List<QuiescentStates.Run> apart = QuiescentStates.explore(none, Model.REDUCED, Model.ASYMMETRIC);
        assertEquals(apart.get(1).distinctStates(), apart.get(0).distinctStates(), "nothing alike, nothing changes");
    }

    /**
     * A parent that opens a shared driver file and a pollable one, and n children that inherited
     * both (fds 3 and 4): each wakes the pollable file, calls an ioctl that drops a reference too
     * many when extra is set, closes fd 3, and exits, in program order.
     */
    static Scenario forkedChildren(int n, boolean extra) throws Exception {
        StringBuilder procs = new StringBuilder(
                "{\"id\":\"P1\",\"name\":\"parent\",\"tgid\":400,\"exits\":true,\"order\":\"program\",\"operations\":[]}");
        StringBuilder fds = new StringBuilder(
                "{\"process\":\"P1\",\"fd\":3,\"file\":\"F1\"},{\"process\":\"P1\",\"fd\":4,\"file\":\"F2\"}");
        for (int i = 2; i <= n + 1; i++) {
            procs.append(",{\"id\":\"P").append(i).append("\",\"name\":\"child\",\"tgid\":").append(400 + i)
                    .append(",\"exits\":true,\"order\":\"program\",\"operations\":[{\"op\":\"wake\",\"fd\":4},")
                    .append("{\"op\":\"ioctl\",\"fd\":3,\"fput\":\"").append(extra && i == 2 ? "extra" : "balanced")
                    .append("\"},{\"op\":\"close\",\"fd\":3}]}");
            fds.append(",{\"process\":\"P").append(i).append("\",\"fd\":3,\"file\":\"F1\"}")
                    .append(",{\"process\":\"P").append(i).append("\",\"fd\":4,\"file\":\"F2\"}");
        }
        String json = "{\"format\":\"lifeline-scenario\",\"version\":2,\"title\":\"forked children\",\"description\":\"\","
                + "\"properties\":[\"NoUseAfterFree\",\"NoDoubleFree\",\"NoRefcountUnderflow\",\"NoLeak\"],"
                + "\"processes\":[" + procs + "],\"files\":["
                + file("F1", "/dev/foo", false, "release", "flush") + "," + file("F2", "/dev/bar", true, "release", "release")
                + "],\"devices\":[],\"hooks\":[],\"kworker\":null,\"fds\":[" + fds + "],\"watches\":[]}";
        return ScenarioJson.fromJson(json, "forked children");
    }

    private static String file(String id, String name, boolean pollable, String wq, String priv) {
        return "{\"id\":\"" + id + "\",\"kind\":\"driver\",\"name\":\"" + name + "\",\"opener\":\"P1\",\"driver\":{"
                + "\"name\":\"foo\",\"pollable\":" + pollable + ",\"waitQueueFreedIn\":\"" + wq + "\","
                + "\"privateDataFreedIn\":\"" + priv + "\",\"reservedMemory\":\"none\",\"device\":null,"
                + "\"openTakesDeviceRef\":false}}";
    }

    private static List<ProcessNode> nonOpeners(Scenario s) {
        Set<String> openers = s.files().stream().map(FileNode::opener).collect(Collectors.toSet());
        return s.processes().stream().filter(p -> !openers.contains(p.id())).toList();
    }

    /** The scenario with a twin of p: a new process with p's fds, operations, order, exit and hook. */
    static Scenario cloned(Scenario s, ProcessNode p) {
        int tgid = IntStream.concat(s.processes().stream().mapToInt(ProcessNode::tgid),
                IntStream.of(s.kworker() == null ? Scenario.DEFAULT_KWORKER_TGID : s.kworker().tgid())).max().getAsInt() + 1;
        String id = "P" + (s.processes().size() + 100);
        ProcessNode twin = new ProcessNode(id, p.name() + " twin", tgid, p.exits(), p.order(), p.operations(),
                p.position());
        List<ProcessNode> ps = new ArrayList<>(s.processes());
        ps.add(twin);
        List<FdLink> fds = new ArrayList<>(s.fds());
        s.fds().stream().filter(l -> l.process().equals(p.id())).forEach(l -> fds.add(new FdLink(id, l.fd(), l.file())));
        List<CloseHook> hooks = new ArrayList<>(s.hooks());
        s.hooks().stream().filter(h -> h.process().equals(p.id()))
                .forEach(h -> hooks.add(new CloseHook("H" + (s.hooks().size() + 100), h.name(), id, h.capture(), h.position())));
        return s.withProcesses(ps).withFds(fds).withHooks(hooks);
    }
}

package lifeline.check;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import lifeline.model.Property;
import lifeline.model.Scenario;
import lifeline.spec.BaseModules;
import lifeline.spec.CheckOptions;
import lifeline.spec.Granularity;
import lifeline.spec.ModelGenerator;
import lifeline.tlc.TlcEvent;
import lifeline.tlc.TlcOptions;
import lifeline.tlc.TlcResult;

/**
 * The quiescent states of scenarios, as TLC reaches them: many scenarios in one TLC run. A module
 * Batch instantiates Lifeline once per scenario, {@code Si == INSTANCE Lifeline WITH Procs <-
 * Ci_Procs, ...}, over one set of variables plus {@code sc}, the scenario's number, which Init
 * chooses and Next keeps: the state graph is the disjoint union of the scenarios' graphs, and
 * one JVM start serves them all. An invariant that always holds prints each quiescent state once
 * (TLC checks invariants once per distinct state), with the value of every property there, as
 * the spec computes it. Every fault kind is recorded and no property stops the run, so the run
 * sees the whole state space; TLC's deadlock check stays on, so every state reaches quiescence.
 */
final class QuiescentStates {
    /**
     * The literal model, the fused one without its reductions, the reduced one without symmetry,
     * and the reduced (default) one.
     */
    enum Model {
        LITERAL, FUSED, ASYMMETRIC, REDUCED;

        Granularity granularity() {
            return this == LITERAL ? Granularity.LITERAL : Granularity.FUSED;
        }

        /**
         * Lifeline.tla with its reductions on (the default), or, but for the reduced model, with
         * symmetry off (Symmetric == FALSE) and, for the plain fused one, without its partial-order
         * reductions (Reduce == FALSE).
         */
        String base() {
            String text = BaseModules.lifeline();
            if (this != REDUCED) {
                text = off(text, "Symmetric");
            }
            return this == FUSED ? off(text, "Reduce") : text;
        }

        private static String off(String text, String switchName) {
            String on = "\n" + switchName + " == TRUE\n";
            if (!text.contains(on)) {
                throw new IllegalStateException("Lifeline.tla has no " + on.strip());
            }
            return text.replace(on, "\n" + switchName + " == FALSE\n");
        }
    }

    /**
     * What one quiescent state looks like: its orbit (the state with alike processes renamed in every
     * way, each without the log and each fault by its kind and object: the fused model of kernel-model
     * §7 fixes which task runs a fused run of steps, so a fault's task and backtrace may differ from
     * the literal model's) and the properties there.
     */
    record State(String view, List<Boolean> properties) {}

    private static final List<Property> PROPERTIES = List.of(Property.values());
    private static final Comparator<State> ORDER = Comparator.comparing(s -> s.view() + s.properties());
    private static final Pattern LINE = Pattern.compile("^<<\"quiescent\", (\\d+), (\".*\"), <<(.*)>>>>$");
    private static final Pattern VARS = Pattern.compile("\\nvars == <<([^>]*)>>");

    private QuiescentStates() {}

    /** What one TLC run over scenarios found: each one's quiescent states, and the distinct states of all. */
    record Run(List<Set<State>> states, long distinctStates) {}

    /** The quiescent states of each scenario, in the order given, in model m. */
    static List<Set<State>> of(List<Scenario> scenarios, Model m) throws Exception {
        return explore(scenarios, m).states();
    }

    /** The distinct states TLC explores for these scenarios together in model m. */
    static long distinctStates(List<Scenario> scenarios, Model m) throws Exception {
        return explore(scenarios, m).distinctStates();
    }

    /** The quiescent states of each scenario and the distinct states of all, in model m, in one TLC run. */
    static Run explore(List<Scenario> scenarios, Model m) throws Exception {
        TlcResult r = run(scenarios, m);
        return new Run(parse(r, scenarios.size()), r.statistics().orElseThrow().distinctStates());
    }

    /** What {@link #explore} finds in models a and b, from two TLC runs at once (a's first). */
    static List<Run> explore(List<Scenario> scenarios, Model a, Model b) throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Run> other = pool.submit(() -> explore(scenarios, b));
            return List.of(explore(scenarios, a), other.get());
        } finally {
            pool.shutdownNow();
        }
    }

    private static TlcResult run(List<Scenario> scenarios, Model m) throws Exception {
        Granularity g = m.granularity();
        Path dir = Files.createTempDirectory("lifeline-quiescent");
        try {
            Files.writeString(dir.resolve("Lifeline.tla"), m.base(), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("Batch.tla"), module(scenarios, g), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("Batch.cfg"),
                    "INIT Init\nNEXT Next\nVIEW View\nINVARIANT PrintQuiescent\n", StandardCharsets.UTF_8);
            TlcResult r = TlcFixture.checker().runner().run(dir.resolve("Batch.tla"), dir.resolve("Batch.cfg"),
                    TlcOptions.defaults().withJit(TlcOptions.Jit.QUICK), null);
            if (!r.passed()) {
                throw new AssertionError("the batch of " + scenarios.size() + " scenarios (" + m + ") did not run: "
                        + r.outcome() + " " + r.failure() + " " + r.violation() + "\n" + r.stderrTail());
            }
            return r;
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
    }

    private static List<Set<State>> parse(TlcResult r, int n) {
        List<Set<State>> sets = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            sets.add(new TreeSet<>(ORDER));
        }
        for (TlcEvent e : r.events()) {
            if (e instanceof TlcEvent.Output out) {
                for (String line : out.text().split("\n")) {
                    Matcher m = LINE.matcher(line.strip());
                    if (m.matches()) {
                        List<Boolean> props = new ArrayList<>();
                        for (String b : m.group(3).split(", ")) {
                            props.add(Boolean.parseBoolean(b.strip().toLowerCase()));
                        }
                        sets.get(Integer.parseInt(m.group(1)) - 1).add(new State(m.group(2), props));
                    }
                }
            }
        }
        return sets;
    }

    /**
     * The properties of its own (Scenario.properties) that each scenario violates in the reduced (default)
     * model, in one TLC run: empty where a check of it passes. A Checker run names the first violated
     * property it meets; this is every one of them.
     */
    static List<Set<Property>> verdicts(List<Scenario> scenarios) throws Exception {
        return verdicts(scenarios, of(scenarios, Model.REDUCED));
    }

    /** The properties of its own that each scenario violates, from its quiescent states. */
    static List<Set<Property>> verdicts(List<Scenario> scenarios, List<Set<State>> states) {
        List<Set<Property>> verdicts = new ArrayList<>();
        for (int i = 0; i < scenarios.size(); i++) {
            if (states.get(i).isEmpty()) {
                throw new AssertionError("TLC reached no quiescent state of " + scenarios.get(i).title());
            }
            Set<Property> v = violated(states.get(i));
            v.retainAll(scenarios.get(i).properties());
            verdicts.add(v);
        }
        return verdicts;
    }

    /** Which properties some quiescent state violates: the verdicts the spec gives the scenario. */
    static Set<Property> violated(Set<State> states) {
        Set<Property> v = EnumSet.noneOf(Property.class);
        for (State s : states) {
            for (int i = 0; i < PROPERTIES.size(); i++) {
                if (!s.properties().get(i)) {
                    v.add(PROPERTIES.get(i));
                }
            }
        }
        return v;
    }

    /**
     * The quiescent states no refcount underflow led to. After a count went below zero the kernel's
     * behaviour is undefined (refcount_t saturates and warns; atomic_long_t wraps), and the literal
     * model, with more interleavings, may take an underflowing count further down than the fused one.
     */
    static Set<State> withoutUnderflow(Set<State> states) {
        int underflow = PROPERTIES.indexOf(Property.NO_REFCOUNT_UNDERFLOW);
        Set<State> kept = new TreeSet<>(ORDER);
        states.stream().filter(s -> s.properties().get(underflow)).forEach(kept::add);
        return kept;
    }

    static String module(List<Scenario> scenarios, Granularity g) {
        CheckOptions options = new CheckOptions(EnumSet.allOf(Property.class), g);
        StringBuilder b = new StringBuilder("---- MODULE Batch ----\nEXTENDS Integers, Sequences, FiniteSets, TLC\n");
        b.append("VARIABLES sc, ").append(variables()).append("\n");
        StringBuilder init = new StringBuilder("Init ==\n");
        StringBuilder next = new StringBuilder("Next == UNCHANGED sc /\\\n");
        StringBuilder print = new StringBuilder("PrintQuiescent ==\n");
        String props = PROPERTIES.stream().map(Property::tlaName).collect(Collectors.joining(", "));
        for (int i = 1; i <= scenarios.size(); i++) {
            List<String> with = new ArrayList<>();
            for (Map.Entry<String, String> c : ModelGenerator.constants(scenarios.get(i - 1), options).entrySet()) {
                b.append("C").append(i).append('_').append(c.getKey()).append(" == ").append(c.getValue()).append('\n');
                with.add(c.getKey() + " <- C" + i + "_" + c.getKey());
            }
            b.append("S").append(i).append(" == INSTANCE Lifeline WITH ").append(String.join(", ", with)).append('\n');
            String s = "S" + i + "!";
            init.append("    \\/ sc = ").append(i).append(" /\\ ").append(s).append("Init\n");
            next.append("    \\/ sc = ").append(i).append(" /\\ ").append(s).append("Next\n");
            print.append("    \\/ sc = ").append(i).append(" /\\ (").append(s).append("Quiescent => PrintT(<<\"quiescent\", ")
                    .append(i).append(", ToString(").append(s).append("Orbit), <<")
                    .append(props.replaceAll("(\\w+)", s + "$1")).append(">>>>))\n");
        }
        String views = IntStream.rangeClosed(1, scenarios.size()).mapToObj(i -> "sc = " + i + " -> S" + i + "!View")
                .collect(Collectors.joining("\n    [] "));
        b.append(init).append(next).append("View == <<sc, CASE ").append(views).append(">>\n").append(print);
        return b.append("====\n").toString();
    }

    /** The variables of Lifeline.tla, as its vars tuple lists them. */
    private static String variables() {
        Matcher m = VARS.matcher(BaseModules.lifeline());
        if (!m.find()) {
            throw new IllegalStateException("Lifeline.tla has no vars tuple");
        }
        return m.group(1).replaceAll("\\s+", " ").strip();
    }
}

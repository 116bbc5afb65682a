package lifeline.explore;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import lifeline.check.CheckResult;
import lifeline.check.Checker;
import lifeline.check.JitPolicy;
import lifeline.check.TraceStates;
import lifeline.check.Verdict;
import lifeline.model.Property;
import lifeline.model.Scenario;
import lifeline.model.ScenarioValidator;
import lifeline.spec.CheckOptions;
import lifeline.spec.GeneratedModel;
import lifeline.spec.ModelGenerator;
import lifeline.tlc.ExploredState;
import lifeline.tlc.RunFiles;
import lifeline.tlc.StateExplorer;
import lifeline.tlc.TlcJarNotFound;
import lifeline.tlc.TlcListener;
import lifeline.tlc.TlcOptions;
import lifeline.tlc.TlcResult;
import lifeline.tlc.TlcRunner;
import lifeline.trace.KernelTrace;
import lifeline.trace.Naming;
import lifeline.trace.TraceState;
import lifeline.trace.TraceStateParser;
import lifeline.trace.report.CauseAndEffect;
import lifeline.trace.report.ViolationReport;
import lifeline.trace.value.TlaValue;
import lifeline.trace.value.TlaValueSyntaxException;

/**
 * Explores one scenario: its initial state, the steps every task could take next, a run the user
 * builds from them. Every state comes from TLC's evaluator on the generated model (reductions off),
 * never from Java. Holds a TLC child and a model folder until closed. Not thread-safe: one caller
 * at a time (the app's background executor).
 */
public final class Explorer implements AutoCloseable {
    /** A random run stops after this many steps even if some task could still move (the spec's runs end). */
    static final int RANDOM_RUN_LIMIT = 10_000;
    private static final String STEP_ACTION = "Next";

    private final Naming naming;
    private final Set<Property> properties;
    private final TlcRunner runner;
    private final Path dir;
    private final ExploreModel model;
    private final StateExplorer tlc;

    private Explorer(Naming naming, Set<Property> properties, TlcRunner runner, Path dir, ExploreModel model,
                     StateExplorer tlc) {
        this.naming = naming;
        this.properties = properties;
        this.runner = runner;
        this.dir = dir;
        this.model = model;
        this.tlc = tlc;
    }

    /**
     * Generates the scenario's model and starts TLC's explorer on it.
     *
     * @param tempRoot where the model's folder goes (null: the system's temp folder)
     * @throws lifeline.model.ValidationException when the scenario is not valid
     */
    public static Explorer open(Scenario scenario, Set<Property> properties, TlcRunner runner, Path tempRoot)
            throws IOException, TlcJarNotFound {
        ScenarioValidator.requireValid(scenario);
        CheckOptions options = CheckOptions.of(properties);
        GeneratedModel generated = ModelGenerator.generate(scenario, options);
        Path dir = RunFiles.createTempDir(tempRoot, Checker.MODEL_DIR_KIND);
        try {
            ExploreModel model = ExploreModel.write(generated, dir);
            StateExplorer tlc = StateExplorer.start(runner.jar(), model.spec(), model.config(),
                    JitPolicy.choose(scenario, options.granularity()), tempRoot);
            return new Explorer(new Naming(scenario, generated.ids()), Set.copyOf(properties), runner, dir, model,
                    tlc);
        } catch (IOException | TlcJarNotFound | RuntimeException e) {
            RunFiles.delete(dir);
            throw e;
        }
    }

    public Naming naming() {
        return naming;
    }

    /** The files the explorer reads (for tests that check them with TLC). */
    ExploreModel model() {
        return model;
    }

    /** A run of the scenario's initial state alone (the generated model has exactly one). */
    public ExploreRun start() throws IOException {
        List<ExploredState> init = tlc.initialStates();
        if (init.isEmpty()) {
            throw new IOException("The model has no initial state.");
        }
        return new ExploreRun(List.of(step(init.get(0), 1)));
    }

    /** The steps the tasks could take next from the run's end, in TLC's order; none when every task is idle. */
    public List<Choice> choices(ExploreRun run) throws IOException {
        List<Choice> choices = new ArrayList<>();
        for (ExploredState next : tlc.successors(run.last().explored().id())) {
            ExploreStep step = step(next, run.size() + 1);
            KernelTrace trace = run.then(step).trace(naming);
            choices.add(new Choice(step, trace.folded().last(), !violatedHere(step).isEmpty()));
        }
        return choices;
    }

    /** The run, followed on by steps picked at random until no task can move (or a long limit). */
    public ExploreRun runOnAtRandom(ExploreRun run, Random random) throws IOException {
        ExploreRun longer = run;
        for (int i = 0; i < RANDOM_RUN_LIMIT; i++) {
            List<ExploredState> next = tlc.successors(longer.last().explored().id());
            if (next.isEmpty()) {
                break;
            }
            longer = longer.then(step(next.get(random.nextInt(next.size())), longer.size() + 1));
        }
        return longer;
    }

    /**
     * The run through the given states (a check's trace, or part of it), so it can be explored from
     * any of them: each state is found among the successors TLC computes for the one before.
     *
     * @throws IOException when a state is not a successor of the one before in this model
     */
    public ExploreRun follow(List<TraceState> states) throws IOException {
        ExploreRun run = start();
        if (!states.isEmpty() && !sameWorld(run.last().state(), states.get(0))) {
            throw new IOException("The trace does not start in this scenario's initial state.");
        }
        return followOn(run, states);
    }

    /** The run followed on through the states after the first of {@code states}, which is the run's last. */
    private ExploreRun followOn(ExploreRun run, List<TraceState> states) throws IOException {
        ExploreRun longer = run;
        for (TraceState wanted : states.subList(Math.min(1, states.size()), states.size())) {
            longer = longer.then(successorLike(longer, wanted));
        }
        return longer;
    }

    private ExploreStep successorLike(ExploreRun run, TraceState wanted) throws IOException {
        for (ExploredState next : tlc.successors(run.last().explored().id())) {
            ExploreStep step = step(next, run.size() + 1);
            if (sameWorld(step.state(), wanted)) {
                return step;
            }
        }
        throw new IOException("Step " + (run.size() + 1) + " of the trace is not a step of this scenario.");
    }

    /** Whether two states hold the same world: every variable but the log (a trace's opened steps cut it). */
    private static boolean sameWorld(TraceState a, TraceState b) {
        Map<String, ?> x = a.variables();
        Map<String, ?> y = b.variables();
        return x.keySet().equals(y.keySet())
                && x.keySet().stream().allMatch(v -> v.equals("log") || x.get(v).equals(y.get(v)));
    }

    /** The first checked property the run's last state violates, with its KASAN/kmemleak report. */
    public Optional<HandViolation> violation(ExploreRun run) {
        return violation(run, () -> run.trace(naming));
    }

    /** As {@link #violation(ExploreRun)}, for a run whose trace the caller has read already. */
    public Optional<HandViolation> violation(ExploreRun run, KernelTrace read) {
        return violation(run, () -> read);
    }

    private Optional<HandViolation> violation(ExploreRun run, Supplier<KernelTrace> read) {
        List<Property> violated = violatedHere(run.last());
        if (violated.isEmpty()) {
            return Optional.empty();
        }
        Property p = violated.get(0);
        KernelTrace trace = read.get();
        CauseAndEffect story = CauseAndEffect.of(p, trace, naming);
        return Optional.of(new HandViolation(p, story, ViolationReport.render(p, trace, story, naming)));
    }

    /** The checked properties the step's state violates, in TLC's (the config's) order. */
    private List<Property> violatedHere(ExploreStep step) {
        return step.violated().stream().flatMap(name -> Property.byTlaName(name).stream())
                .filter(properties::contains).toList();
    }

    /**
     * Checks everything reachable from the run's last state with TLC (an ordinary check whose initial
     * state is that state): a violation comes back as the run followed on by the shortest way to it.
     */
    public Continuation continueAsCheck(ExploreRun run, TlcOptions options, TlcListener listener)
            throws IOException, TlcJarNotFound, InterruptedException {
        long started = System.nanoTime();
        Path spec = model.writeFrom(run.last().explored().text());
        TlcResult result = runner.run(spec, spec.resolveSibling(ExploreModel.FROM + ".cfg"), options, listener);
        CheckResult check = Checker.resultOf(result, naming, Duration.ofNanos(System.nanoTime() - started));
        if (check.verdict() != Verdict.VIOLATION) {
            return new Continuation(check, Optional.empty(), Optional.empty());
        }
        List<TraceState> rest;
        try {
            rest = TraceStates.of(result.trace());
        } catch (TlaValueSyntaxException e) {
            throw new IOException("TLC's trace could not be read: " + e.getMessage(), e);
        }
        ExploreRun longer = followOn(run, rest);
        return new Continuation(check, Optional.of(longer), violation(longer));
    }

    /** Ends the TLC child and removes the model's folder. */
    @Override
    public void close() {
        tlc.close();
        RunFiles.delete(dir);
    }

    private static ExploreStep step(ExploredState explored, int number) throws IOException {
        Map<String, TlaValue> variables;
        try {
            variables = TraceStateParser.parseVariables(explored.text());
        } catch (TlaValueSyntaxException e) {
            throw new IOException("A state TLC computed could not be read: " + e.getMessage(), e);
        }
        String action = number == 1 ? TraceState.INITIAL_PREDICATE : STEP_ACTION;
        return new ExploreStep(explored, new TraceState(number, action, "", variables));
    }
}

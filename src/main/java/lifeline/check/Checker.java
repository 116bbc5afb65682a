package lifeline.check;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import lifeline.fix.Fix;
import lifeline.fix.FixAdvisor;
import lifeline.model.Property;
import lifeline.model.ScenarioValidator;
import lifeline.spec.GeneratedModel;
import lifeline.spec.ModelGenerator;
import lifeline.tlc.TlcJarNotFound;
import lifeline.tlc.TlcListener;
import lifeline.tlc.TlcOutcome;
import lifeline.tlc.TlcResult;
import lifeline.tlc.RunFiles;
import lifeline.tlc.TlcRun;
import lifeline.tlc.TlcRunner;
import lifeline.tlc.TlcSimulation;
import lifeline.tlc.TlcStatistics;
import lifeline.tlc.TlcTimeline;
import lifeline.trace.KernelTrace;
import lifeline.trace.Naming;
import lifeline.trace.report.CauseAndEffect;
import lifeline.trace.report.ViolationReport;
import lifeline.trace.value.TlaValueSyntaxException;

/**
 * Checks a scenario: validates it, writes the generated model into a temporary directory,
 * runs TLC on it and maps the answer back. The directory is gone when the check ends,
 * however it ends.
 */
public final class Checker {
    /** The kind in the model directory's name: {@code lifeline-model-PID-RANDOM}. */
    public static final String MODEL_DIR_KIND = "model";
    private final TlcRunner runner;
    private final Path tempRoot;

    public Checker(TlcRunner runner) {
        this(runner, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** A checker whose model directories go into tempRoot. */
    public Checker(TlcRunner runner, Path tempRoot) {
        this.runner = runner;
        this.tempRoot = tempRoot;
    }

    public TlcRunner runner() {
        return runner;
    }

    /** Where this checker's model folders go. */
    public Path tempRoot() {
        return tempRoot;
    }

    /** A check under way; {@link #cancel()} stops TLC at once. */
    public static final class Check {
        private final TlcRun run;
        private final Finisher finisher;
        private final Duration generation;

        Check(TlcRun run, Finisher finisher, Duration generation) {
            this.run = run;
            this.finisher = finisher;
            this.generation = generation;
        }

        /** From the start of the check to TLC's start: validation, generation, writing the model. */
        public Duration generation() {
            return generation;
        }

        /** When TLC's phases happened (complete once the result is there), for the time breakdown. */
        public TlcTimeline timeline() {
            return run.timeline();
        }

        public void cancel() {
            run.cancel();
        }

        public long pid() {
            return run.pid();
        }

        public CheckResult await() throws InterruptedException {
            return finisher.finish(run.await());
        }

        /** The result, if the check ends within {@code limit}. */
        public Optional<CheckResult> await(Duration limit) throws InterruptedException {
            Optional<TlcResult> r = run.await(limit);
            return r.isPresent() ? Optional.of(finisher.finish(r.get())) : Optional.empty();
        }
    }

    @FunctionalInterface
    interface Finisher {
        CheckResult finish(TlcResult result);
    }

    /**
     * Starts a check; listener sees TLC's events as they stream (progress, trace states).
     *
     * @throws lifeline.model.ValidationException when the scenario is not valid
     */
    public Check start(CheckRequest request, TlcListener listener) throws IOException, TlcJarNotFound {
        long started = System.nanoTime();
        ScenarioValidator.requireValid(request.scenario());
        GeneratedModel model = ModelGenerator.generate(request.scenario(), request.options())
                .forRandomRuns(request.tlc().simulation() != null);
        Naming naming = new Naming(request.scenario(), model.ids());
        Path dir = RunFiles.createTempDir(tempRoot, MODEL_DIR_KIND);
        try {
            Path spec = model.writeTo(dir);
            Duration generation = Duration.ofNanos(System.nanoTime() - started);
            TlcRun run = runner.start(spec, dir.resolve(GeneratedModel.MODULE + ".cfg"), request.tlc(), listener);
            // Removed as soon as TLC is gone, whether or not anybody awaits the result.
            run.future().whenComplete((result, failure) -> RunFiles.delete(dir));
            PropertiesInStates judge = request.tlc().extraArgs().contains(AllViolations.CONTINUE)
                    && request.options().properties().size() > 1
                    ? new PropertiesInStates(model, runner, request.tlc().jit(), tempRoot) : null;
            return new Check(run, result -> {
                RunFiles.delete(dir); // done already, unless that callback has not run yet
                return map(result, request.tlc().simulation(), naming, Duration.ofNanos(System.nanoTime() - started),
                        judge);
            }, generation);
        } catch (IOException | TlcJarNotFound | RuntimeException e) {
            RunFiles.delete(dir);
            throw e;
        }
    }

    /**
     * Starts a TLC child ahead of a check like {@code request}, where the runner keeps one: it parses
     * the request's model while it waits (an invalid scenario's child parses nothing). Returns at once.
     */
    public void startAhead(CheckRequest request) throws IOException {
        if (!ScenarioValidator.validate(request.scenario()).isEmpty() || request.options().properties().isEmpty()) {
            runner.prestart(request.tlc());
            return;
        }
        Path dir = RunFiles.createTempDir(tempRoot, MODEL_DIR_KIND);
        try {
            runner.prestart(request.tlc(), ModelGenerator.generate(request.scenario(), request.options()).writeTo(dir));
        } finally {
            RunFiles.delete(dir);
        }
    }

    public CheckResult check(CheckRequest request) throws IOException, TlcJarNotFound, InterruptedException {
        return start(request, TlcListener.NONE).await();
    }

    /** The answer of a model check TLC ran on a model of {@code naming}'s scenario (by another route than start). */
    public static CheckResult resultOf(TlcResult r, Naming naming, Duration wall) {
        return map(r, null, naming, wall, null);
    }

    /**
     * The check's answer; {@code sim} is the random simulation that ran instead of model checking, or null;
     * {@code judge} names every property of each violating state a check that went on reported, or null.
     */
    private static CheckResult map(TlcResult r, TlcSimulation sim, Naming naming, Duration wall,
                                   PropertiesInStates judge) {
        TlcOutcome o = r.outcome();
        if (sim != null && (o == TlcOutcome.PASSED || o == TlcOutcome.CANCELLED || o == TlcOutcome.TIMEOUT)) {
            Verdict v = o == TlcOutcome.PASSED ? Verdict.BOUNDED : Verdict.CANCELLED;
            return result(v, Optional.empty(), RandomRunsText.message(sim, r), "", Optional.empty(), r, naming, wall);
        }
        if (o == TlcOutcome.PASSED) {
            return result(Verdict.PASS, Optional.empty(), "No violation: " + stats(r), "", Optional.empty(), r,
                    naming, wall);
        }
        if (o == TlcOutcome.VIOLATION) {
            Optional<Property> p = r.violatedProperty().flatMap(Property::byTlaName);
            try {
                KernelTrace trace = KernelTrace.of(TraceStates.of(r.trace()), naming);
                CauseAndEffect story = p.map(x -> CauseAndEffect.of(x, trace, naming)).orElse(CauseAndEffect.NONE);
                String report = p.map(x -> ViolationReport.render(x, trace, story, naming)).orElse("");
                String name = p.map(Property::tlaName).orElse(r.violatedProperty().orElse("a property"));
                return result(Verdict.VIOLATION, p, name + " is violated: a trace of " + trace.size()
                        + (trace.isOpen() && trace.canFold() ? " kernel steps (" : " steps (") + stats(r) + ")",
                        report, Optional.of(trace), story, r, naming, wall, judge);
            } catch (TlaValueSyntaxException | RuntimeException e) {
                return result(Verdict.ERROR, p, "TLC found a violation, but its trace could not be read: "
                        + e.getMessage(), "", Optional.empty(), r, naming, wall);
            }
        }
        if (o == TlcOutcome.CANCELLED || o == TlcOutcome.TIMEOUT) {
            return result(StoppedText.verdict(r), Optional.empty(), StoppedText.message(r), "", Optional.empty(), r,
                    naming, wall);
        }
        String why = r.failure().map(f -> f.humanMessage()).orElse("TLC ended with " + o);
        return result(Verdict.ERROR, Optional.empty(), why, r.stderrTail(), Optional.empty(), r, naming, wall);
    }

    private static CheckResult result(Verdict v, Optional<Property> p, String message, String report,
                                      Optional<KernelTrace> trace, TlcResult r, Naming naming, Duration wall) {
        return result(v, p, message, report, trace, CauseAndEffect.NONE, r, naming, wall, null);
    }

    private static CheckResult result(Verdict v, Optional<Property> p, String message, String report,
                                      Optional<KernelTrace> trace, CauseAndEffect story, TlcResult r, Naming naming,
                                      Duration wall, PropertiesInStates judge) {
        Optional<Fix> fix = v == Verdict.VIOLATION && p.isPresent() && trace.isPresent()
                ? FixAdvisor.advise(p.get(), trace.get(), naming) : Optional.empty();
        AllViolations.Collected all = v == Verdict.VIOLATION && p.isPresent() && trace.isPresent()
                ? AllViolations.of(r, naming, p.get(), trace.get(), story, report, fix, judge)
                : new AllViolations.Collected(List.of(), Optional.empty());
        return new CheckResult(v, p, message, report, trace, story, r.statistics(), r.statesWalked(), wall,
                r.wallTime(), naming, r.stepsFullyExplored(), fix, all.found(), all.caveat());
    }

    private static String stats(TlcResult r) {
        double seconds = r.wallTime().toMillis() / 1000.0;
        if (r.statistics().isPresent()) {
            TlcStatistics s = r.statistics().get();
            return String.format("%,d distinct states, depth %d, %.1f s", s.distinctStates(), s.depth(), seconds);
        }
        OptionalLong walked = r.statesWalked();
        return walked.isPresent()
                ? String.format("random runs, %,d states checked, %.1f s", walked.getAsLong(), seconds)
                : "no statistics";
    }
}

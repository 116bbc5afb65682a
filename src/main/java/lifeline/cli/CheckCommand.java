package lifeline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import lifeline.check.AllViolations;
import lifeline.check.AllViolationsText;
import lifeline.check.CheckJson;
import lifeline.check.CheckRequest;
import lifeline.check.CheckResult;
import lifeline.check.CheckText;
import lifeline.check.Checker;
import lifeline.check.FoundViolation;
import lifeline.check.Verdict;
import lifeline.model.Printable;
import lifeline.model.Property;
import lifeline.model.Scenario;
import lifeline.model.ValidationException;
import lifeline.spec.CheckOptions;
import lifeline.tlc.TlcJarNotFound;
import lifeline.tlc.TlcListener;
import lifeline.tlc.TlcOptions;
import lifeline.tlc.TlcRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Checks a scenario file or built-in example and prints the verdict, report and trace. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check a scenario with TLC. Exit 0 when every checked property holds, 1 on a violation "
                + "(report and numbered trace on stdout), 2 on bad input or a tool error (message on stderr), "
                + "3 when a check stopped at its time limit found no violation in the behaviours it explored, "
                + "or random runs (--simulate) found none. A small scenario's check runs TLC inside this command's "
                + "own JVM, unless --heap or --jit is given.")
final class CheckCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @ParentCommand
    Cli cli;

    @Parameters(index = "0", paramLabel = "FILE|EXAMPLE", description = "a .lifeline.json file or an example name")
    String target;

    @Option(names = {"-p", "--property"}, paramLabel = "P",
            description = "a property to check (repeatable): NoUseAfterFree, NoDoubleFree, NoRefcountUnderflow, "
                    + "NoLeak, ReleaseInOpenerContext. Default: the scenario's own selection.")
    List<String> properties;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json")
    Format format = Format.text;

    @Option(names = {"-q", "--quiet"}, description = "no progress on stderr while TLC runs")
    boolean quiet;

    @Option(names = "--all", description = "collect every distinct violation (by property, object and the site "
            + "that freed or lost it), each with its shortest trace, not just the first")
    boolean all;

    @Mixin
    TlcSettings tlc;

    @Mixin
    SimulationOptions simulation;

    @Option(names = "--watch", description = "check FILE again each time it changes (a save that writes a new file "
            + "and renames it too) and print one verdict line each time; a file that becomes invalid prints its error "
            + "and is watched on. Runs until interrupted (Ctrl+C), leaving no TLC behind.")
    boolean watch;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        if (watch) {
            TlcRunner runner = tlc.runner().prestarting();
            try {
                return new WatchLoop(target, this::request, new Checker(runner), out).run();
            } finally {
                runner.close();
            }
        }
        TlcRunner runner = oneCheckRunner();
        CheckResult result;
        CheckRequest request;
        ProgressLine progress = new ProgressLine(spec.commandLine().getErr(), ProgressLine.onTerminal());
        try {
            request = request(ScenarioArgument.load(target));
            Checker.Check check = new Checker(runner).start(request, quiet ? TlcListener.NONE : progress);
            runner.close(); // one check: no child for a next one
            result = check.await();
        } catch (ValidationException e) {
            throw new UserError(Printable.of(target) + ": " + e.getMessage());
        } catch (TlcJarNotFound e) {
            throw new UserError(e.getMessage());
        } finally {
            runner.close();
        }
        progress.end();
        List<FoundViolation> found = all ? result.violations() : List.of();
        if (format == Format.json) {
            out.println(all ? CheckJson.render(target, request, result, found)
                    : CheckJson.render(target, request, result));
        } else {
            out.print(CheckText.render(target, request, result));
            if (all) {
                out.print(AllViolationsText.render(found, result.violationsCaveat()));
            }
        }
        out.flush();
        if (result.verdict() == Verdict.ERROR || result.verdict() == Verdict.CANCELLED) {
            spec.commandLine().getErr().println("lifeline: " + result.message());
            return Cli.FAILURE;
        }
        return switch (result.verdict()) {
            case PASS -> Cli.OK;
            case BOUNDED -> Cli.BOUNDED;
            default -> Cli.VIOLATION;
        };
    }

    /**
     * The runner of this one check, getting TLC ready while this thread loads the scenario and writes
     * the model. When this JVM ends after the command and the user left the JIT and heap to Lifeline,
     * TLC's classes start loading in this JVM, whose JIT then leaves C2 out (before the scenario is
     * read, so before anyone knows its size: earlier pays, 1.51 against 1.64 s on seed 001); a small
     * model ({@link TlcOptions.Jit#QUICK}) then runs TLC here, with no second JVM to start, and a
     * large one in a child. Otherwise a TLC child for a small model starts now.
     */
    private TlcRunner oneCheckRunner() {
        TlcRunner located = tlc.runner();
        if (tlc.literal || tlc.jit == TlcSettings.JitChoice.full) {
            return located; // a large model's child starts with the JIT it needs
        }
        if (cli.jvmEndsAfter && tlc.jit == TlcSettings.JitChoice.auto && tlc.heapMb == null) {
            TlcRunner here = located.inThisJvm();
            here.loadAhead();
            return here;
        }
        TlcRunner prestarting = located.prestarting();
        prestarting.prestart(tlc.options().withJit(TlcOptions.Jit.QUICK));
        return prestarting;
    }

    /** What to check of this scenario: the chosen properties, model, TLC options and JIT. */
    CheckRequest request(Scenario scenario) {
        Set<Property> props = chosen(target, properties, scenario);
        CheckRequest request = tlc.tuned(new CheckRequest(scenario, new CheckOptions(props, tlc.granularity()),
                simulation.applyTo(tlc.options())));
        if (all && !AllViolations.canCollect(request.tlc())) {
            throw new UserError("--all collects the violations of an exhaustive check; random runs (--simulate) "
                    + "stop at the first");
        }
        return all ? request.with(AllViolations.collecting(request.tlc())) : request;
    }

    /** The properties to check: those given, else the scenario's own; none is refused (nothing to check). */
    static Set<Property> chosen(String target, List<String> given, Scenario scenario) {
        Set<Property> props = given == null ? scenario.properties() : parse(given);
        if (props.isEmpty()) {
            throw new UserError(Printable.of(target) + ": nothing to check: the scenario selects no property"
                    + " (\"properties\": [ ]); choose one with --property, or in the file or the app");
        }
        return props;
    }

    static Set<Property> parse(List<String> names) {
        Set<Property> props = EnumSet.noneOf(Property.class);
        for (String n : names) {
            props.add(Property.byTlaName(n).orElseThrow(() -> new UserError("unknown property " + Printable.of(n)
                    + "; the properties are NoUseAfterFree, NoDoubleFree, NoRefcountUnderflow, NoLeak, "
                    + "ReleaseInOpenerContext")));
        }
        return props;
    }
}

package lifeline.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import lifeline.io.AtomicFiles;
import lifeline.io.ExportFiles;
import lifeline.model.Printable;
import lifeline.model.Property;
import lifeline.model.Scenario;
import lifeline.model.ScenarioValidator;
import lifeline.model.ValidationException;
import lifeline.spec.CheckOptions;
import lifeline.spec.GeneratedModel;
import lifeline.spec.Granularity;
import lifeline.spec.ModelGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Writes the generated model module, its .cfg and the base module for plain TLC. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write MC.tla, MC.cfg and Lifeline.tla for a scenario into a directory; check them with "
                + "`java -cp tla2tools.jar tlc2.TLC -config MC.cfg MC.tla` there.")
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE|EXAMPLE")
    String target;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "the directory to write into")
    Path out;

    @Option(names = {"-p", "--property"}, paramLabel = "P", description = "a property to check (repeatable)")
    List<String> properties;

    @Option(names = "--literal", description = "export the literal model instead of the fused one")
    boolean literal;

    @Option(names = "--simulate", description = "write the configuration of random runs (check --simulate): each "
            + "walk ends where nothing is left to run; check it with TLC's -simulate")
    boolean simulate;

    @Option(names = "--force", description = "replace files that are already there, read-only ones too (never "
            + "through a symbolic link: export refuses those)")
    boolean force;

    @Override
    public Integer call() throws IOException {
        if (out.toString().isBlank()) {
            throw new UserError("--out is empty: name the folder to export into");
        }
        Scenario scenario = ScenarioArgument.load(target);
        try {
            ScenarioValidator.requireValid(scenario);
        } catch (ValidationException e) {
            throw new UserError(Printable.of(target) + ": " + e.getMessage());
        }
        Set<Property> props = CheckCommand.chosen(target, properties, scenario);
        GeneratedModel model = ModelGenerator.generate(scenario,
                new CheckOptions(props, literal ? Granularity.LITERAL : Granularity.FUSED)).forRandomRuns(simulate);
        if (!force) {
            List<Path> there = ExportFiles.existing(out, model.files().keySet());
            if (!there.isEmpty()) {
                Path first = there.get(0);
                throw new UserError(Printable.of(first.toString()) + " exists"
                        + (AtomicFiles.isReadOnly(first) ? " and is read-only" : "") + "; pass --force to replace it");
            }
        }
        for (Path written : ExportFiles.write(out, model.files())) {
            spec.commandLine().getOut().println("wrote " + Printable.of(written.toString()));
        }
        return Cli.OK;
    }
}

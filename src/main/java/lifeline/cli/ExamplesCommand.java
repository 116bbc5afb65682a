package lifeline.cli;

import java.util.concurrent.Callable;
import lifeline.io.Examples;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Lists the built-in examples, one per line, name first. */
@Command(name = "examples", mixinStandardHelpOptions = true,
        description = "List the built-in examples, one per line: name, then title. Names ending in -fixed pass; "
                + "the others show a violation.")
final class ExamplesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        for (String name : Examples.names()) {
            String title = Examples.load(name).map(s -> s.title()).orElse("");
            spec.commandLine().getOut().println(name + "\t" + title);
        }
        return Cli.OK;
    }
}

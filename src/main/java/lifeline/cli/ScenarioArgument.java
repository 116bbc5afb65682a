package lifeline.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import lifeline.io.Examples;
import lifeline.io.ScenarioFiles;
import lifeline.io.ScenarioFormatException;
import lifeline.model.Printable;
import lifeline.model.Scenario;

/** Resolves FILE|EXAMPLE: a path to a .lifeline.json file, or the name of a built-in example. */
final class ScenarioArgument {
    private ScenarioArgument() {}

    static Scenario load(String arg) {
        Path path;
        try {
            path = Path.of(arg);
        } catch (InvalidPathException e) {
            throw new UserError(Printable.of(arg) + ": not a possible file name (" + Printable.of(e.getReason()) + ")");
        }
        try {
            if (Files.exists(path)) {
                return ScenarioFiles.load(path);
            }
            return Examples.load(arg).orElseThrow(() -> new UserError("no such file or built-in example: "
                    + Printable.of(arg) + " (`lifeline examples` lists the examples)"));
        } catch (ScenarioFormatException e) {
            throw new UserError(e.getMessage());
        }
    }
}

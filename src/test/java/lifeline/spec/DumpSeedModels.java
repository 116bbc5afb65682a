package lifeline.spec;

import java.nio.file.Files;
import java.nio.file.Path;
import lifeline.io.ScenarioFiles;
import lifeline.io.ScenarioJson;
import lifeline.model.ScenarioValidator;
import lifeline.model.SeedScenarios;

/** Maintenance: rewrites the shipped example files in canonical form and the benchmark scenario. */
public class DumpSeedModels {
    public static void main(String[] args) throws Exception {
        Path examples = Path.of("specs/examples");
        for (String name : Files.readAllLines(examples.resolve("examples.txt"))) {
            Path p = examples.resolve(name + ScenarioJson.EXTENSION);
            ScenarioFiles.write(p, ScenarioValidator.requireValid(ScenarioFiles.read(p)));
        }
        Path bench = Path.of("specs/bench/benchmark" + ScenarioJson.EXTENSION);
        Files.createDirectories(bench.getParent());
        ScenarioFiles.write(bench, ScenarioValidator.requireValid(SeedScenarios.benchmark()));
    }
}

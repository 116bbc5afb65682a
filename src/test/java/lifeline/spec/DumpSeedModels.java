package lifeline.spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import lifeline.model.*;

/** Scratch: writes the seed models to /tmp/seeds for running TLC by hand. */
public class DumpSeedModels {
    public static void main(String[] args) throws Exception {
        Map<String, Scenario> m = new java.util.LinkedHashMap<>();
        m.put("s0bug", SeedScenarios.seed000(ReservedMemory.CURRENT_TGID));
        m.put("s0fix", SeedScenarios.seed000(ReservedMemory.FILE_RECORD));
        m.put("s1bug", SeedScenarios.seed001(FreeSite.FLUSH));
        m.put("s1fix", SeedScenarios.seed001(FreeSite.RELEASE));
        m.put("s2bug", SeedScenarios.seed002(FreeSite.FLUSH));
        m.put("s2fix", SeedScenarios.seed002(FreeSite.RELEASE));
        m.put("s3bug", SeedScenarios.seed003(false));
        m.put("s3fix", SeedScenarios.seed003(true));
        m.put("s4bug", SeedScenarios.seed004(PathCapture.POINTER));
        m.put("s4fix", SeedScenarios.seed004(PathCapture.COPY));
        m.put("bench", SeedScenarios.benchmark());
        for (var e : m.entrySet()) {
            for (Granularity g : Granularity.values()) {
                Path dir = Path.of("/tmp/seeds", e.getKey() + "-" + g.name().toLowerCase());
                Files.createDirectories(dir);
                ModelGenerator.generate(e.getValue(), new CheckOptions(e.getValue().properties(), g)).writeTo(dir);
            }
        }
    }
}

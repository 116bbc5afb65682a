package lifeline.tlc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Class-data sharing for the TLC child, with the real TLC in real JVMs: the first run writes the
 * archive, later runs map it (and say so in the command), and an archive that was cut short,
 * replaced or belongs to another jar never stops a check.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class ClassDataCacheTest {

    @TempDir
    Path work;

    private TlcRunner runner(Path cache) {
        return new TlcRunner(Fixtures.tlaToolsJar(), work.resolve("runs")).withClassDataCache(cache);
    }

    private TlcResult run(TlcRunner runner) throws Exception {
        Path tla = Fixtures.copySpec("passing", work.resolve("spec-" + System.nanoTime()));
        TlcResult r = runner.run(tla, Fixtures.configOf(tla), TlcOptions.defaults().withWorkers(1), TlcListener.NONE);
        assertEquals(TlcOutcome.PASSED, r.outcome(), () -> r.failure().map(TlcFailure::humanMessage).orElse("")
                + r.stderrTail());
        return r;
    }

    @Test
    void theFirstRunWritesTheArchiveAndTheNextUsesIt() throws Exception {
        Path cache = work.resolve("cache");
        ClassDataCache cds = new ClassDataCache(cache);
        Path archive = cds.archiveOf(Fixtures.tlaToolsJar());

        run(runner(cache));

        assertTrue(cds.sealed(archive), "the archive, its class list and its seal are there: " + listing(cache));
        assertTrue(Files.size(ClassDataCache.listOf(archive)) > 0);
        List<String> args = cds.plan(Fixtures.tlaToolsJar(), work).jvmArgs();
        assertTrue(args.contains("-XX:SharedArchiveFile=" + archive), args.toString());
        run(runner(cache));
        assertTrue(cds.sealed(archive), "a run that used the archive keeps it");
        assertTrue(listing(cache).stream().noneMatch(n -> n.contains(".tmp-")), "no temporary is left: "
                + listing(cache));
    }

    @Test
    void aTruncatedArchiveIsNotUsedAndIsWrittenAgain() throws Exception {
        Path cache = work.resolve("cache");
        ClassDataCache cds = new ClassDataCache(cache);
        Path archive = cds.archiveOf(Fixtures.tlaToolsJar());
        run(runner(cache));
        byte[] whole = Files.readAllBytes(archive);
        archive.toFile().setWritable(true);
        Files.write(archive, java.util.Arrays.copyOf(whole, whole.length / 10), StandardOpenOption.TRUNCATE_EXISTING);

        assertFalse(cds.sealed(archive), "a cut archive breaks its seal (a JVM would crash mapping it)");
        run(runner(cache)); // runs without it, writing a new one
        assertTrue(cds.sealed(archive), "a sound archive again");
        assertEquals(whole.length > 0, Files.size(archive) > whole.length / 10);
    }

    @Test
    void anArchiveTheJvmCannotMapIsForgottenAfterTheRun() throws Exception {
        Path cache = work.resolve("cache");
        ClassDataCache cds = new ClassDataCache(cache);
        Path archive = cds.archiveOf(Fixtures.tlaToolsJar());
        run(runner(cache));
        // Garbage with a matching seal: the JVM itself refuses it (not a CDS archive) and TLC runs as before.
        archive.toFile().setWritable(true);
        Files.writeString(archive, "not an archive");
        Files.setLastModifiedTime(archive, FileTime.fromMillis(1_000_000));
        Files.writeString(archive.resolveSibling(archive.getFileName() + ".seal"),
                Files.size(archive) + " " + Files.getLastModifiedTime(archive).toMillis());
        assertTrue(cds.sealed(archive));

        TlcResult r = run(runner(cache));

        assertFalse(r.stderrTail().contains("cds"), "the JVM's complaint is not shown: " + r.stderrTail());
    }

    @Test
    void withoutACacheFolderTheLauncherIsInstalledInTheRunAsBefore() throws Exception {
        ClassDataCache none = new ClassDataCache(null);
        Path runDir = Files.createDirectories(work.resolve("run"));

        ClassDataCache.Plan plan = none.plan(Fixtures.tlaToolsJar(), runDir);

        assertTrue(plan.launcher().startsWith(runDir));
        assertTrue(plan.jvmArgs().stream().noneMatch(a -> a.contains("Archive")), plan.jvmArgs().toString());
        run(runner(null));
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}

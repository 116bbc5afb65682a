package lifeline.tlc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import lifeline.io.ExportFiles;
import lifeline.io.Examples;
import lifeline.spec.ModelGenerator;

/**
 * Writes the class-data archive that the test suite's TLC JVMs map (pom.xml runs it before the tests
 * and hands it to them through {@link TlcCommand#JAVA_OPTIONS_PROPERTY}). The suite starts a few
 * hundred TLC JVMs, each loading and verifying TLC's classes anew; mapping them from an archive takes
 * about a sixth off each one's CPU. The archive is what one plain TLC run on seed 001's model loads,
 * written by the JVM as it exits ({@code -XX:ArchiveClassesAtExit}).
 *
 * <p>Failing to write it fails nothing: the TLC JVMs then load their classes as the app's do (a JVM
 * given an archive it cannot map says so only in its log, which the suite turns off).
 *
 * <p>Usage: {@code TlcClassArchive ARCHIVE TLA2TOOLS_JAR}.
 */
public final class TlcClassArchive {
    private static final String EXAMPLE = "seed001-epoll-flush-uaf";
    private static final long TIMEOUT_S = 120;

    private TlcClassArchive() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        Path archive = Path.of(args[0]).toAbsolutePath();
        Path jar = Path.of(args[1]);
        Path model = RunFiles.createTempDir(null, "archive"); // removed at exit however this JVM ends
        try {
            System.out.println(write(archive, jar, model)
                    ? "TLC's class-data archive: " + archive
                    : "No class-data archive for TLC (see above): the test suite's TLC JVMs load their classes");
        } finally {
            RunFiles.delete(model);
        }
    }

    /** Runs plain TLC on the example's model in {@code model} and keeps the archive it leaves. */
    static boolean write(Path archive, Path jar, Path model) throws IOException, InterruptedException {
        ExportFiles.write(model, ModelGenerator.generate(Examples.load(EXAMPLE).orElseThrow()).files());
        Path written = model.resolve("tlc.jsa");
        List<String> command = new ArrayList<>(SmallRuns.plainTlc(jar));
        command.add(1, "-XX:ArchiveClassesAtExit=" + written);
        command.addAll(List.of("-workers", "1", "-metadir", model.resolve("states").toString(),
                "-config", "MC.cfg", "MC.tla"));
        Process tlc = new ProcessBuilder(command).directory(model.toFile())
                .redirectOutput(model.resolve("tlc.out").toFile()).redirectErrorStream(true).start();
        if (!tlc.waitFor(TIMEOUT_S, TimeUnit.SECONDS)) {
            tlc.destroyForcibly().waitFor();
            System.out.println("TLC did not end within " + TIMEOUT_S + " s");
            return false;
        }
        if (!Files.isRegularFile(written)) {
            System.out.println("TLC's JVM wrote no archive; its output:");
            System.out.println(Files.readString(model.resolve("tlc.out")));
            return false;
        }
        Files.createDirectories(archive.getParent());
        Files.move(written, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return true;
    }
}

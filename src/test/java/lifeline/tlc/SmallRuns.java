package lifeline.tlc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * How tests run TLC on their small models: as the app runs a small model (SmallModel), with C1 only
 * and one worker. The suite is bound by CPU and starts a few hundred TLC JVMs; one with C2 spends
 * about 70 % more CPU on a model of a few states than one with C1 only (2.9 against 1.7 CPU-s, plain
 * TLC on seed 001's export, 5 runs each, interleaved), and one worker gives the same trace every run.
 */
public final class SmallRuns {
    private SmallRuns() {}

    /** Options for a run of a model of at most a few thousand states. */
    public static TlcOptions options() {
        return TlcOptions.defaults().withWorkers(1).withJit(TlcOptions.Jit.QUICK);
    }

    /**
     * The command that starts plain tla2tools' TLC on {@code jar}, up to TLC's own arguments: the
     * running JVM's java, C1 only and the parallel collector (TLC warns in its output under another), and
     * the options the suite gives every TLC JVM ({@link TlcCommand#JAVA_OPTIONS_PROPERTY}).
     */
    public static List<String> plainTlc(Path jar) {
        return plainTlc(jar, List.of());
    }

    /** As above, with {@code jvmOptions} last among the JVM's options. */
    public static List<String> plainTlc(Path jar, List<String> jvmOptions) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC"));
        command.addAll(HugePages.jvmOptions());
        // The suite's options for TLC's JVMs (its class-data archive, pom.xml), as Lifeline's own children get.
        command.addAll(TlcCommand.javaOptions(System.getProperty(TlcCommand.JAVA_OPTIONS_PROPERTY, "")));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", jar.toString(), "tlc2.TLC"));
        return command;
    }

    /**
     * What plain tla2tools' TLC prints, run in {@code dir} on its MC.tla with {@code config} and the given
     * options before it (its states folder and its java.io.tmpdir in {@code dir}); TLC has ended when this returns.
     */
    public static String plainTlcOutput(Path dir, String config, String... options)
            throws IOException, InterruptedException, TlcJarNotFound {
        return plainTlcOutput(List.of(), dir, config, options);
    }

    /** As above, with {@code jvmOptions} added to the JVM's (before its main class). */
    public static String plainTlcOutput(List<String> jvmOptions, Path dir, String config, String... options)
            throws IOException, InterruptedException, TlcJarNotFound {
        // TLC unpacks its standard modules (TLC.tla, ...) into java.io.tmpdir: in the shared /tmp, a TLC
        // of another test JVM could read one half written ("Lexical error ... <EOF>" in TLC.tla).
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        List<String> jvm = new ArrayList<>(List.of("-Djava.io.tmpdir=" + tmp));
        jvm.addAll(jvmOptions);
        List<String> command = plainTlc(new TlaToolsLocator().locate(null), jvm);
        command.addAll(List.of(options));
        command.addAll(List.of("-config", config, "-metadir", dir.resolve("states").toString(), "MC.tla"));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8); // to TLC's end
        if (!p.waitFor(2, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("TLC ran too long");
        }
        return text;
    }
}

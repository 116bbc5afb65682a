package lifeline.tlc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Runs TLC on a spec as a separate process. Each run gets its own temporary directory, which
 * holds everything TLC writes, so the spec's directory is left exactly as it was.
 */
public final class TlcRunner {

    private final Path jar;
    private final Path tempRoot;

    /** A runner using this tla2tools jar, with run directories under the system's temp directory. */
    public TlcRunner(Path tla2toolsJar) {
        this(tla2toolsJar, null);
    }

    /** A runner using this tla2tools jar, with run directories under {@code tempRoot} (null: the system's). */
    public TlcRunner(Path tla2toolsJar, Path tempRoot) {
        this.jar = Objects.requireNonNull(tla2toolsJar, "tla2toolsJar");
        this.tempRoot = tempRoot;
    }

    /** A runner using the jar {@link TlaToolsLocator} finds, the user's setting (may be null) first. */
    public static TlcRunner located(Path explicitJar) throws TlcJarNotFound {
        return new TlcRunner(new TlaToolsLocator().locate(explicitJar));
    }

    public Path jar() {
        return jar;
    }

    /** Starts TLC on {@code specFile} with the .cfg of the same name beside it. */
    public TlcRun start(Path specFile, TlcOptions options, TlcListener listener)
            throws TlcJarNotFound, IOException {
        String name = specFile.getFileName().toString().replaceFirst("\\.tla$", "");
        return start(specFile, specFile.resolveSibling(name + ".cfg"), options, listener);
    }

    /** Starts TLC in the background and returns at once; events go to {@code listener} as TLC prints them. */
    public TlcRun start(Path specFile, Path configFile, TlcOptions options, TlcListener listener)
            throws TlcJarNotFound, IOException {
        Path checkedJar = TlaToolsLocator.check(jar, "the runner's jar path");
        requireFile(specFile);
        requireFile(configFile);
        Path runDir = RunFiles.createTempDir(tempRoot, RunFiles.RUN_KIND);
        try {
            TlcCommand command = TlcCommand.of(TlcCommand.currentJava(), checkedJar, ChildLauncher.install(runDir),
                    specFile.toAbsolutePath(), configFile.toAbsolutePath(), runDir, options);
            Process process = new ProcessBuilder(command.arguments())
                    .directory(command.workingDirectory().toFile())
                    .redirectInput(ProcessBuilder.Redirect.PIPE)
                    .start();
            return TlcRun.watch(process, runDir, options, listener == null ? TlcListener.NONE : listener);
        } catch (IOException | RuntimeException e) {
            RunFiles.delete(runDir);
            throw e;
        }
    }

    /** Runs TLC to the end. If this thread is interrupted the run is cancelled and the interrupt rethrown. */
    public TlcResult run(Path specFile, Path configFile, TlcOptions options, TlcListener listener)
            throws TlcJarNotFound, IOException, InterruptedException {
        TlcRun run = start(specFile, configFile, options, listener);
        try {
            return run.await();
        } catch (InterruptedException e) {
            run.cancel();
            throw e;
        }
    }

    private static void requireFile(Path file) throws NoSuchFileException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toAbsolutePath().toString(), null, "not found or not a file");
        }
    }
}

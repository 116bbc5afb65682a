package lifeline.tlc;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import lifeline.tlc.child.TlcMain;

/**
 * A TLC child JVM started ahead of its run: it has loaded TLC's classes and waits on its stdin
 * for TLC's arguments. It is used for one run at most; the watchdogs of {@link TlcMain} end it
 * with Lifeline, and {@link ExitCleanup} kills it at exit. Its run directory (TLC's
 * java.io.tmpdir and states) is made when it starts.
 */
final class WaitingChild {
    private final Process process;
    private final Path runDir;
    private final TlcOptions jvmOptions;
    private final long spawnNanos;

    private WaitingChild(Process process, Path runDir, TlcOptions jvmOptions, long spawnNanos) {
        this.process = process;
        this.runDir = runDir;
        this.jvmOptions = jvmOptions;
        this.spawnNanos = spawnNanos;
    }

    /** The modules of a spec to parse while waiting: its name and every .tla file beside it (or none). */
    record WarmUp(String specName, Map<String, byte[]> modules) {
        static final WarmUp NONE = new WarmUp("", Map.of());
        private static final int MAX_FILES = 16;
        private static final long MAX_BYTES = 2L << 20;

        /** The spec's folder's modules, if it is small (a generated model is: its module and Lifeline.tla). */
        static WarmUp of(Path specFile) {
            Map<String, byte[]> modules = new java.util.HashMap<>();
            long bytes = 0;
            try (java.nio.file.DirectoryStream<Path> tla = Files.newDirectoryStream(
                    specFile.toAbsolutePath().getParent(), "*.tla")) {
                for (Path module : tla) {
                    bytes += Files.size(module);
                    if (modules.size() >= MAX_FILES || bytes > MAX_BYTES) {
                        return NONE;
                    }
                    modules.put(module.getFileName().toString(), Files.readAllBytes(module));
                }
            } catch (IOException | RuntimeException e) {
                return NONE;
            }
            String name = specFile.getFileName().toString();
            return modules.containsKey(name) ? new WarmUp(name, Map.copyOf(modules)) : NONE;
        }

        /** Writes the modules into {@code dir}; returns the spec to parse, or null. */
        Path writeTo(Path dir) throws IOException {
            if (modules.isEmpty()) {
                return null;
            }
            Files.createDirectories(dir);
            for (Map.Entry<String, byte[]> m : modules.entrySet()) {
                Files.write(dir.resolve(m.getKey()), m.getValue());
            }
            return dir.resolve(specName);
        }
    }

    /**
     * Starts a child for runs whose JVM options (heap, JIT) are those of {@code options}; it parses
     * {@code warmUp}'s spec while it waits.
     */
    static WaitingChild start(Path jar, Path tempRoot, TlcOptions options, WarmUp warmUp) throws IOException {
        return ExitCleanup.making(() -> startNow(jar, tempRoot, options, warmUp));
    }

    private static WaitingChild startNow(Path jar, Path tempRoot, TlcOptions options, WarmUp warmUp)
            throws IOException {
        Path runDir = RunFiles.createTempDir(tempRoot, RunFiles.RUN_KIND);
        try {
            Path launcher = ChildLauncher.install(runDir);
            List<String> extras = new java.util.ArrayList<>();
            extras.add("-D" + TlcMain.AWAIT_ARGS_PROPERTY + "=true");
            extras.add("-D" + TlcMain.PRELOAD_PROPERTY + "=" + launcher.resolve(ChildLauncher.RUN_CLASSES));
            Path warmUpSpec = warmUp.writeTo(runDir.resolve("warm-up"));
            if (warmUpSpec != null) {
                extras.add("-D" + TlcMain.WARM_UP_PROPERTY + "=" + warmUpSpec);
            }
            long spawn = System.nanoTime();
            Process process = new ProcessBuilder(TlcCommand.jvm(TlcCommand.currentJava(), jar, launcher, runDir,
                    options, extras))
                    .directory(runDir.toFile())
                    .redirectInput(ProcessBuilder.Redirect.PIPE)
                    .start();
            WaitingChild child = new WaitingChild(process, runDir, options, spawn);
            if (!ExitCleanup.atExit(child, ExitCleanup.Stage.WAITING_CHILD, child::discard)) {
                child.discard();
                throw new IOException(RunFiles.EXITING);
            }
            return child;
        } catch (IOException | RuntimeException e) {
            RunFiles.delete(runDir);
            throw e;
        }
    }

    /** Whether a run with these options can use this child: same heap and JIT, and the child still waits. */
    boolean fits(TlcOptions options) {
        return options.heapMb() == jvmOptions.heapMb() && options.jit() == jvmOptions.jit() && process.isAlive();
    }

    /** Hands TLC its arguments (spec and config by absolute path) and returns the run. */
    TlcRun begin(Path specFile, Path configFile, TlcOptions options, TlcListener listener) throws IOException {
        List<String> args = TlcCommand.tlcArguments(specFile.toAbsolutePath().toString(),
                configFile.toAbsolutePath().toString(), runDir, options);
        String line = args.stream().map(a -> URLEncoder.encode(a, StandardCharsets.UTF_8))
                .collect(Collectors.joining(" ")) + "\n";
        OutputStream in = process.getOutputStream();
        in.write(line.getBytes(StandardCharsets.UTF_8));
        in.flush();
        TlcRun run = TlcRun.watch(process, runDir, options, listener, spawnNanos, true);
        ExitCleanup.forget(this);
        return run;
    }

    /** Kills an unused child and removes its directory. */
    void discard() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ExitCleanup.forget(this);
        RunFiles.delete(runDir);
    }

    long pid() {
        return process.pid();
    }
}

package lifeline.tlc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import lifeline.tlc.child.ExploreMain;

/**
 * A spec's state graph, step by step, computed by TLC's own evaluator in a child JVM
 * ({@link ExploreMain}) that stays up between requests. Like a {@link TlcRun}, the child never
 * outlives this JVM (it ends when its stdin closes or its parent is gone, and the exit cleanup
 * closes every explorer) and its temporary folder is removed when it is closed, however it ends.
 * Thread-safe: requests are answered one at a time.
 */
public final class StateExplorer implements AutoCloseable {
    /** The kind in the folder's name: {@code lifeline-explore-PID-RANDOM}. */
    static final String KIND = "explore";
    private static final int HEAP_MB = 512;
    private static final int STDERR_TAIL_CHARS = 4 * 1024;
    private static final Duration START_LIMIT = Duration.ofSeconds(120);
    private static final Duration ANSWER_LIMIT = Duration.ofSeconds(120);
    private static final String GONE = "\u0000gone"; // no line the child prints

    private final Process process;
    private final Path runDir;
    private final Writer requests;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final TextTail stderr = new TextTail(STDERR_TAIL_CHARS);
    private volatile boolean closed;

    private StateExplorer(Process process, Path runDir) {
        this.process = process;
        this.runDir = runDir;
        this.requests = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    }

    /**
     * Starts the explorer on {@code specFile} with {@code configFile} (both in the same folder) and
     * waits until TLC has loaded the spec.
     *
     * @param jit how the child's JVM compiles: C1 only (QUICK) for a small model, as a check of it
     * @param tempRoot where the child's temporary folder goes (null: the system's temp folder)
     * @throws IOException when the child cannot start or TLC cannot load the spec (the message says why)
     */
    public static StateExplorer start(Path jar, Path specFile, Path configFile, TlcOptions.Jit jit, Path tempRoot)
            throws IOException, TlcJarNotFound {
        Path checkedJar = TlaToolsLocator.check(jar, "the explorer's jar path");
        Path spec = specFile.toAbsolutePath();
        Path runDir = RunFiles.createTempDir(tempRoot, KIND);
        StateExplorer explorer = null;
        try {
            List<String> command = TlcCommand.childJvm(TlcCommand.currentJava(), checkedJar,
                    ChildLauncher.install(runDir), runDir, HEAP_MB, jit, ChildLauncher.EXPLORE_CLASS);
            command.add(spec.getParent().toString());
            command.add(moduleName(spec));
            command.add(moduleName(configFile.toAbsolutePath()));
            Process process = new ProcessBuilder(command).directory(spec.getParent().toFile())
                    .redirectInput(ProcessBuilder.Redirect.PIPE).start();
            explorer = new StateExplorer(process, runDir);
            if (!ExitCleanup.atExit(explorer, ExitCleanup.Stage.EXPLORER, explorer::close)) {
                throw new IOException(RunFiles.EXITING);
            }
            explorer.readInBackground();
            explorer.awaitReady();
            return explorer;
        } catch (IOException | RuntimeException e) {
            if (explorer != null) {
                explorer.close();
            } else {
                RunFiles.delete(runDir);
            }
            throw e;
        }
    }

    /**
     * Loads another spec of the same folder in place of this one (a state id of the one before means nothing
     * after): the JVM and its warm evaluator serve one more module.
     *
     * @throws IOException when TLC cannot load it (the message says why)
     */
    public synchronized void load(Path specFile, Path configFile) throws IOException {
        ask("load " + moduleName(specFile) + " " + moduleName(configFile));
    }

    /** The spec's initial states. */
    public synchronized List<ExploredState> initialStates() throws IOException {
        return ask("init");
    }

    /** The successors of a state this explorer returned, but for the state itself (a stuttering step). */
    public synchronized List<ExploredState> successors(int id) throws IOException {
        return ask("next " + id);
    }

    /** The child's process id. */
    public long pid() {
        return process.pid();
    }

    /** The child's temporary folder; removed on close. */
    public Path runDirectory() {
        return runDir;
    }

    public boolean isAlive() {
        return !closed && process.isAlive();
    }

    /** Ends the child at once and removes its folder; safe to call more than once, from any thread. */
    @Override
    public void close() {
        closed = true;
        try {
            requests.close(); // the child's end of input: it halts by itself
        } catch (IOException e) {
            // Already broken: the child is gone.
        }
        process.destroyForcibly();
        try {
            process.waitFor(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        RunFiles.delete(runDir);
        ExitCleanup.forget(this);
    }

    private void awaitReady() throws IOException {
        String first = next(START_LIMIT, "to load the model");
        if (first.startsWith(ExploreMain.ERROR)) {
            throw new IOException("TLC could not load the model: " + first.substring(ExploreMain.ERROR.length())
                    + detail());
        }
        if (!first.equals(ExploreMain.READY)) {
            throw new IOException("The explorer started with an unexpected line: " + first + detail());
        }
    }

    private List<ExploredState> ask(String request) throws IOException {
        if (closed) {
            throw new IOException("The explorer is closed.");
        }
        requests.write(request + "\n");
        requests.flush();
        List<ExploredState> states = new ArrayList<>();
        while (true) {
            String line = next(ANSWER_LIMIT, "to answer");
            if (line.startsWith(ExploreMain.ERROR)) {
                throw new IOException("TLC could not compute the steps: " + line.substring(ExploreMain.ERROR.length()));
            }
            if (line.startsWith(ExploreMain.DONE)) {
                return states;
            }
            if (!line.startsWith(ExploreMain.STATE)) {
                throw new IOException("The explorer answered with an unexpected line: " + line);
            }
            List<String> header = List.of(line.substring(ExploreMain.STATE.length()).trim().split(" +"));
            int id = Integer.parseInt(header.get(0));
            StringBuilder text = new StringBuilder();
            for (String l = next(ANSWER_LIMIT, "to answer"); !l.equals(ExploreMain.END);
                 l = next(ANSWER_LIMIT, "to answer")) {
                text.append(l).append('\n');
            }
            states.add(new ExploredState(id, text.toString(), header.subList(1, header.size())));
        }
    }

    private String next(Duration limit, String what) throws IOException {
        String line;
        try {
            line = lines.poll(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for TLC " + what + ".");
        }
        if (line == null) {
            close();
            throw new IOException("TLC took more than " + limit.toSeconds() + " s " + what + "; it was stopped.");
        }
        if (line == GONE) {
            lines.add(GONE); // every later request sees the end too
            throw new IOException("The explorer's TLC process ended" + (closed ? " (closed)." : ".") + detail());
        }
        return line;
    }

    private String detail() {
        String tail = stderr.toString().strip();
        return tail.isEmpty() ? "" : "\n" + tail;
    }

    private void readInBackground() {
        daemon("explore-stdout-" + process.pid(), () -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // Closed: the child is gone.
            }
            lines.add(GONE);
        });
        daemon("explore-stderr-" + process.pid(), () -> {
            char[] buffer = new char[4096];
            try (Reader in = new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8)) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    stderr.append(buffer, 0, n);
                }
            } catch (IOException e) {
                // Closed: the child is gone.
            }
        });
    }

    private static String moduleName(Path file) {
        return file.getFileName().toString().replaceFirst("\\.(tla|cfg)$", "");
    }

    private static void daemon(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
    }
}

package lifeline.tlc;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import lifeline.tlc.child.TlcMain;

/** The command line that runs TLC on one spec in a child JVM, and the directory to run it in. */
record TlcCommand(List<String> arguments, Path workingDirectory) {

    static final String STATES_DIR = "states";
    /**
     * The system property whose value (options separated by spaces) is added to every TLC JVM's
     * options: for whoever runs Lifeline with its own JVM settings for TLC. The test suite uses it to
     * map a class-data archive of TLC's classes (pom.xml, README.md, Tests).
     */
    public static final String JAVA_OPTIONS_PROPERTY = "lifeline.tlcJavaOptions";

    TlcCommand {
        arguments = List.copyOf(arguments);
    }

    /**
     * TLC runs in the spec's directory (so it finds sibling modules) with java.io.tmpdir and its
     * metadir inside {@code runDir}: it unpacks its standard modules into java.io.tmpdir, and
     * the run's own directory can be deleted whole afterwards.
     */
    static TlcCommand of(Path java, Path jar, Path specFile, Path configFile, Path runDir, TlcOptions options) {
        return of(java, jar, runDir.resolve(ChildLauncher.DIR), specFile, configFile, runDir, options);
    }

    /**
     * As above, with Lifeline's launcher (installed in {@code launcherDir}) as the main class: it
     * runs TLC, ends the child when Lifeline is gone and reports live progress. It comes after the
     * jar on the class path, so the jar's classes win.
     */
    static TlcCommand of(Path java, Path jar, Path launcherDir, Path specFile, Path configFile, Path runDir,
                         TlcOptions options) {
        Path specDir = specFile.toAbsolutePath().getParent();
        List<String> args = new ArrayList<>(jvm(java, jar, launcherDir, runDir, options, List.of()));
        args.addAll(tlcArguments(specFile.getFileName().toString(), relativeIfInside(specDir, configFile), runDir,
                options));
        return new TlcCommand(args, specDir);
    }

    /**
     * The JVM part of the command, up to the launcher's class name: what a child started ahead of
     * its run is started with (it gets {@link #tlcArguments} later).
     */
    static List<String> jvm(Path java, Path jar, Path launcherEntry, Path runDir, TlcOptions options,
                            List<String> jvmExtras) {
        return childJvm(java, jar, launcherEntry, runDir, options.heapMb(), options.jit(), jvmExtras,
                ChildLauncher.MAIN_CLASS);
    }

    /** TLC's own arguments: the spec and config as given (a child started ahead of its run needs them absolute). */
    static List<String> tlcArguments(String spec, String config, Path runDir, TlcOptions options) {
        List<String> args = new ArrayList<>(List.of(
                "-tool",
                "-workers", Integer.toString(options.workers()),
                "-metadir", runDir.resolve(STATES_DIR).toString()));
        if (!options.checkDeadlock()) {
            args.add("-deadlock"); // TLC's flag means "do NOT check for deadlock"
        }
        if (options.simulation() != null) {
            args.addAll(options.simulation().arguments());
        }
        args.addAll(options.extraArgs());
        args.add("-config");
        args.add(config);
        args.add(spec);
        return args;
    }

    /**
     * The java command of a TLC child up to its main class: TLC's jar first on the class path,
     * Lifeline's launchers (installed in {@code launcherDir}) after it; C1 only for {@code QUICK}.
     */
    static List<String> childJvm(Path java, Path jar, Path launcherDir, Path runDir, int heapMb, TlcOptions.Jit jit,
                                 String mainClass) {
        return childJvm(java, jar, launcherDir, runDir, heapMb, jit, List.of(), mainClass);
    }

    /** As above, with {@code extras} last among the JVM's options, after {@link #JAVA_OPTIONS_PROPERTY}'s. */
    private static List<String> childJvm(Path java, Path jar, Path launcherDir, Path runDir, int heapMb,
                                         TlcOptions.Jit jit, List<String> extras, String mainClass) {
        List<String> args = new ArrayList<>(List.of(java.toString(), "-XX:+UseParallelGC", "-Xmx" + heapMb + "m"));
        if (jit == TlcOptions.Jit.QUICK) {
            args.add("-XX:TieredStopAtLevel=1"); // C1 only: starts sooner, see TlcOptions.Jit
        }
        args.addAll(HugePages.jvmOptions());
        args.addAll(List.of(
                "-Djava.io.tmpdir=" + runDir,
                // The child removes it if it outlives Lifeline (killed outright, Lifeline cannot).
                "-D" + TlcMain.RUN_DIR_PROPERTY + "=" + runDir,
                // It ends at once if this JVM is gone before it gets to its main.
                "-D" + TlcMain.PARENT_PID_PROPERTY + "=" + ProcessHandle.current().pid(),
                // A JVM crash report would otherwise land in the working directory: the user's spec folder.
                "-XX:ErrorFile=" + runDir.resolve("hs_err_pid%p.log"),
                // Fixed encoding and locale so the output parses the same on every machine.
                "-Dfile.encoding=UTF-8",
                "-Duser.language=en",
                "-Duser.country=US"));
        args.addAll(javaOptions(System.getProperty(JAVA_OPTIONS_PROPERTY, "")));
        args.addAll(extras);
        args.addAll(List.of("-cp", jar + File.pathSeparator + launcherDir, mainClass));
        return args;
    }

    /** The options of {@link #JAVA_OPTIONS_PROPERTY}'s value: separated by white space, none when blank. */
    static List<String> javaOptions(String value) {
        String trimmed = value.strip();
        return trimmed.isEmpty() ? List.of() : List.of(trimmed.split("\\s+"));
    }

    private static String relativeIfInside(Path dir, Path file) {
        Path absolute = file.toAbsolutePath();
        return dir.equals(absolute.getParent()) ? absolute.getFileName().toString() : absolute.toString();
    }

    /**
     * The java launcher of the running JVM, so TLC runs on the same Java as the application. In the
     * installed app (jpackage) that is the image's runtime, built with its bin/java kept (pom.xml,
     * profile installer); the process's own command is taken only when it is a java launcher, never
     * the app's launcher (which would open the app).
     */
    static Path currentJava() {
        String exe = System.getProperty("os.name", "").startsWith("Windows") ? "java.exe" : "java";
        Path fromHome = Path.of(System.getProperty("java.home"), "bin", exe);
        if (Files.isExecutable(fromHome)) {
            return fromHome;
        }
        return ProcessHandle.current().info().command().map(Path::of)
                .filter(command -> command.getFileName().toString().equals(exe)).orElse(Path.of(exe));
    }
}

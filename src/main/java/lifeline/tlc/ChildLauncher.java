package lifeline.tlc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import lifeline.tlc.child.ExploreMain;
import lifeline.tlc.child.TlcApi;
import lifeline.tlc.child.TlcMain;
import lifeline.tlc.child.TlcWarmUp;

/**
 * Puts Lifeline's launcher classes ({@link TlcMain} and its helpers, {@link ExploreMain}) into a run's directory,
 * so the TLC child can load them beside whichever tla2tools jar it runs, whether Lifeline itself
 * runs from a jar or from a classes directory, with the list of classes a child started ahead
 * loads while it waits ({@link #RUN_CLASSES}).
 */
final class ChildLauncher {
    private ChildLauncher() {}

    static final String MAIN_CLASS = TlcMain.class.getName();
    static final String EXPLORE_CLASS = ExploreMain.class.getName();
    /** The launcher class that runs TLC through its API, in a child or in Lifeline's own JVM. */
    static final String API_CLASS = TlcApi.class.getName();
    /** Every launcher class: the child's main classes and what they use, each a class file of its own. */
    static final List<String> CLASSES = List.of(MAIN_CLASS, API_CLASS, TlcWarmUp.class.getName(),
            "lifeline.tlc.child.ProgressReport", EXPLORE_CLASS); // ProgressReport: package-private
    static final String DIR = "launcher";
    /** The classes a check loads after the child's wait (resources/lifeline/tlc/child/run-classes.txt says how made). */
    static final String RUN_CLASSES = "lifeline/tlc/child/run-classes.txt";
    private static final List<String> FILES = Stream.concat(CLASSES.stream().map(ChildLauncher::classFile),
            Stream.of(RUN_CLASSES)).toList();

    /** Writes the launcher's class files under {@code runDir} and returns the class path entry to use. */
    static Path install(Path runDir) throws IOException {
        Path root = runDir.resolve(DIR);
        for (String file : FILES) {
            Path target = root.resolve(file);
            Files.createDirectories(target.getParent());
            try (InputStream in = ChildLauncher.class.getClassLoader().getResourceAsStream(file)) {
                if (in == null) {
                    throw new IOException("Lifeline's TLC launcher file " + file + " is missing from its installation.");
                }
                Files.copy(in, target);
            }
        }
        return root;
    }

    /** The resource of a launcher class: {@code lifeline/tlc/child/TlcMain.class}. */
    static String classFile(String launcher) {
        return launcher.replace('.', '/') + ".class";
    }
}

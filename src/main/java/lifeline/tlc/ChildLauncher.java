package lifeline.tlc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import lifeline.tlc.child.ExploreMain;
import lifeline.tlc.child.TlcMain;

/**
 * Puts Lifeline's launcher classes ({@link TlcMain}, {@link ExploreMain}) into a run's directory,
 * so the TLC child can load them beside whichever tla2tools jar it runs, whether Lifeline itself
 * runs from a jar or from a classes directory, with the list of classes a child started ahead
 * loads while it waits ({@link #RUN_CLASSES}).
 */
final class ChildLauncher {
    private ChildLauncher() {}

    static final String MAIN_CLASS = TlcMain.class.getName();
    static final String EXPLORE_CLASS = ExploreMain.class.getName();
    static final String DIR = "launcher";
    /** The classes a check loads after the child's wait (resources/lifeline/tlc/child/run-classes.txt says how made). */
    static final String RUN_CLASSES = "lifeline/tlc/child/run-classes.txt";
    private static final List<String> FILES = List.of(classFile(TlcMain.class), classFile(ExploreMain.class),
            RUN_CLASSES);

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

    private static String classFile(Class<?> launcher) {
        return launcher.getName().replace('.', '/') + ".class";
    }
}

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
 * runs from a jar or from a classes directory.
 */
final class ChildLauncher {
    private ChildLauncher() {}

    static final String MAIN_CLASS = TlcMain.class.getName();
    static final String EXPLORE_CLASS = ExploreMain.class.getName();
    static final String DIR = "launcher";
    private static final List<Class<?>> CLASSES = List.of(TlcMain.class, ExploreMain.class);

    /** Writes the launcher's class files under {@code runDir} and returns the class path entry to use. */
    static Path install(Path runDir) throws IOException {
        Path root = runDir.resolve(DIR);
        for (Class<?> launcher : CLASSES) {
            String classFile = launcher.getName().replace('.', '/') + ".class";
            Path target = root.resolve(classFile);
            Files.createDirectories(target.getParent());
            try (InputStream in = launcher.getClassLoader().getResourceAsStream(classFile)) {
                if (in == null) {
                    throw new IOException("Lifeline's TLC launcher class " + classFile
                            + " is missing from its installation.");
                }
                Files.copy(in, target);
            }
        }
        return root;
    }
}

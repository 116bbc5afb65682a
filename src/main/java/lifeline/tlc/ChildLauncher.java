package lifeline.tlc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import lifeline.tlc.child.TlcMain;

/**
 * Puts Lifeline's launcher class ({@link TlcMain}) into a run's directory, so the TLC child can
 * load it beside whichever tla2tools jar it runs, whether Lifeline itself runs from a jar or from
 * a classes directory.
 */
final class ChildLauncher {
    private ChildLauncher() {}

    static final String MAIN_CLASS = TlcMain.class.getName();
    static final String DIR = "launcher";
    private static final String CLASS_FILE = MAIN_CLASS.replace('.', '/') + ".class";

    /** Writes the launcher's class file under {@code runDir} and returns the class path entry to use. */
    static Path install(Path runDir) throws IOException {
        Path root = runDir.resolve(DIR);
        Path target = root.resolve(CLASS_FILE);
        Files.createDirectories(target.getParent());
        try (InputStream in = TlcMain.class.getClassLoader().getResourceAsStream(CLASS_FILE)) {
            if (in == null) {
                throw new IOException("Lifeline's TLC launcher class " + CLASS_FILE + " is missing from its installation.");
            }
            Files.copy(in, target);
        }
        return root;
    }
}

package lifeline.tlc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;

/**
 * The class loader of one TLC run inside Lifeline's JVM: the tla2tools jar, with Lifeline's launcher
 * classes ({@link ChildLauncher#CLASSES}) defined beside it from Lifeline's own copies, so that the
 * launcher finds the jar's TLC. Its parent is the platform loader: neither Lifeline's classes nor
 * another TLC on Lifeline's class path are seen, and TLC's static state belongs to this loader's run alone.
 */
final class TlcClassLoader extends URLClassLoader {
    static {
        registerAsParallelCapable(); // classes load ahead on one thread while the run loads on another
    }

    TlcClassLoader(Path jar) {
        super("tlc-run", new URL[] {url(jar)}, ClassLoader.getPlatformClassLoader());
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        if (!ChildLauncher.CLASSES.contains(name)) {
            return super.findClass(name);
        }
        String file = ChildLauncher.classFile(name);
        try (InputStream in = TlcClassLoader.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new ClassNotFoundException("Lifeline's TLC launcher " + file + " is missing from its installation.");
            }
            byte[] code = in.readAllBytes();
            return defineClass(name, code, 0, code.length);
        } catch (IOException e) {
            throw new ClassNotFoundException("Lifeline's TLC launcher " + file + " could not be read", e);
        }
    }

    private static URL url(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new UncheckedIOException(e);
        }
    }
}

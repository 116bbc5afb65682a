package lifeline.tlc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TlaToolsLocatorTest {

    @TempDir
    Path dir;

    private final ClassLoader testClassPath = getClass().getClassLoader();

    private static TlaToolsLocator locator(Map<String, String> env, Map<String, String> props, ClassLoader loader) {
        return new TlaToolsLocator(env::get, props::get, loader);
    }

    private Path fakeTlcJar(String name) throws IOException {
        Path jar = dir.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new ZipEntry("tlc2/TLC.class"));
            out.closeEntry();
        }
        return jar;
    }

    @Test
    void explicitPathComesFirst() throws Exception {
        Path explicit = fakeTlcJar("explicit.jar");
        Path env = fakeTlcJar("env.jar");

        Path found = locator(Map.of(TlaToolsLocator.ENV_VAR, env.toString()), Map.of(), testClassPath).locate(explicit);

        assertEquals(explicit, found);
    }

    @Test
    void environmentVariableComesBeforeSystemProperty() throws Exception {
        Path env = fakeTlcJar("env.jar");
        Path prop = fakeTlcJar("prop.jar");

        Path found = locator(Map.of(TlaToolsLocator.ENV_VAR, env.toString()),
                Map.of(TlaToolsLocator.SYSTEM_PROPERTY, prop.toString()), testClassPath).locate(null);

        assertEquals(env, found);
    }

    @Test
    void systemPropertyComesBeforeClassPath() throws Exception {
        Path prop = fakeTlcJar("prop.jar");

        Path found = locator(Map.of(), Map.of(TlaToolsLocator.SYSTEM_PROPERTY, prop.toString()), testClassPath).locate(null);

        assertEquals(prop, found);
    }

    @Test
    void fallsBackToTheJarOnThisClassPath() throws Exception {
        Path found = locator(Map.of(), Map.of(), testClassPath).locate(null);

        assertEquals(Fixtures.tlaToolsJar().toAbsolutePath().normalize(), found.toAbsolutePath().normalize());
    }

    @Test
    void nothingFoundSaysHowToFixIt() {
        TlcJarNotFound e = assertThrows(TlcJarNotFound.class, () -> locator(Map.of(), Map.of(), null).locate(null));

        assertTrue(e.getMessage().contains("TLA2TOOLS_JAR"), e.getMessage());
        assertEquals(Optional.empty(), e.path());
        assertEquals(e.getMessage(), e.failure().humanMessage());
    }

    @Test
    void aMissingFileIsReportedWithItsPath() {
        Path missing = dir.resolve("nope/tla2tools.jar");

        TlcJarNotFound e = assertThrows(TlcJarNotFound.class,
                () -> locator(Map.of(TlaToolsLocator.ENV_VAR, missing.toString()), Map.of(), testClassPath).locate(null));

        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
        assertTrue(e.getMessage().contains(TlaToolsLocator.ENV_VAR), e.getMessage());
        assertEquals(Optional.of(missing), e.path());
    }

    @Test
    void aFileThatIsNoJarIsRejected() throws Exception {
        Path text = Files.writeString(dir.resolve("tla2tools.jar"), "not a zip");

        TlcJarNotFound e = assertThrows(TlcJarNotFound.class, () -> locator(Map.of(), Map.of(), null).locate(text));

        assertTrue(e.getMessage().contains("is not a jar"), e.getMessage());
        assertTrue(e.getMessage().contains(text.toString()), e.getMessage());
    }

    @Test
    void aJarWithoutTlcIsRejected() throws Exception {
        Path jar = dir.resolve("other.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new ZipEntry("other/Main.class"));
            out.closeEntry();
        }

        TlcJarNotFound e = assertThrows(TlcJarNotFound.class, () -> locator(Map.of(), Map.of(), null).locate(jar));

        assertTrue(e.getMessage().contains("does not contain TLC"), e.getMessage());
    }
}

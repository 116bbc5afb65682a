package lifeline.tlc;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;
import java.util.function.Function;
import java.util.jar.JarFile;

/**
 * Finds the tla2tools jar to run TLC from: an explicit path (the user's setting), else the
 * {@code TLA2TOOLS_JAR} environment variable, else the {@code lifeline.tla2tools} system
 * property, else the jar that holds {@code tlc2.TLC} on this JVM's own class path.
 */
public final class TlaToolsLocator {

    public static final String ENV_VAR = "TLA2TOOLS_JAR";
    public static final String SYSTEM_PROPERTY = "lifeline.tla2tools";
    static final String TLC_MAIN_CLASS = "tlc2.TLC";
    private static final String TLC_MAIN_ENTRY = "tlc2/TLC.class";
    private static final String HOW_TO_FIX = "Set the environment variable " + ENV_VAR
            + " or the tla2tools setting to the path of tla2tools.jar.";

    private final Function<String, String> env;
    private final Function<String, String> systemProperties;
    private final ClassLoader classLoader;

    /** A locator reading this process's environment, system properties and class path. */
    public TlaToolsLocator() {
        this(System::getenv, System::getProperty, TlaToolsLocator.class.getClassLoader());
    }

    /** A locator reading the given sources; a null class loader means "no class path to search". */
    public TlaToolsLocator(Function<String, String> env, Function<String, String> systemProperties,
                           ClassLoader classLoader) {
        this.env = env;
        this.systemProperties = systemProperties;
        this.classLoader = classLoader;
    }

    /**
     * The jar to use. A path given by a higher-priority source must be usable: a wrong setting
     * is reported, not silently replaced by a jar found elsewhere.
     *
     * @param explicitJar the user's setting, or null if there is none
     */
    public Path locate(Path explicitJar) throws TlcJarNotFound {
        if (explicitJar != null) {
            return check(explicitJar, "the tla2tools setting");
        }
        String fromEnv = env.apply(ENV_VAR);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return check(Path.of(fromEnv.trim()), "the environment variable " + ENV_VAR);
        }
        String fromProperty = systemProperties.apply(SYSTEM_PROPERTY);
        if (fromProperty != null && !fromProperty.isBlank()) {
            return check(Path.of(fromProperty.trim()), "the system property " + SYSTEM_PROPERTY);
        }
        return onClassPath().orElseThrow(() -> new TlcJarNotFound(Optional.empty(),
                "The TLC model checker (tla2tools.jar) was not found. " + HOW_TO_FIX));
    }

    /** The given path if it is a readable jar containing TLC. */
    public static Path check(Path jar, String source) throws TlcJarNotFound {
        Path absolute = jar.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            throw notUsable(absolute, source, "is a folder, not a jar file");
        }
        if (!Files.isRegularFile(absolute)) {
            throw notUsable(absolute, source, Files.exists(absolute) ? "is not a regular file" : "does not exist");
        }
        if (!Files.isReadable(absolute)) {
            throw notUsable(absolute, source, "cannot be read (permission denied)");
        }
        try (JarFile file = new JarFile(absolute.toFile())) {
            if (file.getEntry(TLC_MAIN_ENTRY) == null) {
                throw notUsable(absolute, source, "does not contain TLC (no " + TLC_MAIN_CLASS + ")");
            }
        } catch (IOException e) {
            throw notUsable(absolute, source, "is not a jar file (it cannot be opened as a zip archive)");
        }
        return absolute;
    }

    private static TlcJarNotFound notUsable(Path path, String source, String problem) {
        return new TlcJarNotFound(Optional.of(path),
                "The TLC jar " + path + " (from " + source + ") " + problem + ". " + HOW_TO_FIX);
    }

    /** The jar this JVM loads TLC from, if any; loading the class without initialising it starts nothing. */
    private Optional<Path> onClassPath() {
        if (classLoader == null) {
            return Optional.empty();
        }
        try {
            Class<?> tlc = Class.forName(TLC_MAIN_CLASS, false, classLoader);
            CodeSource source = tlc.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return Optional.empty();
            }
            Path jar = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(jar) ? Optional.of(jar) : Optional.empty();
        } catch (ClassNotFoundException | LinkageError | URISyntaxException | IllegalArgumentException
                 | SecurityException e) {
            return Optional.empty();
        }
    }
}

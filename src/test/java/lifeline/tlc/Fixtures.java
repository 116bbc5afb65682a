package lifeline.tlc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Test resources: golden TLC outputs and the specs they came from. */
final class Fixtures {
    private Fixtures() {}

    private static final String ROOT = "/lifeline/tlc/";

    /** The captured TLC -tool output of the spec in specs/{name}. */
    static String output(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(ROOT + "fixtures/" + name + ".out")) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies specs/{name} into {@code target} and returns the .tla file there. */
    static Path copySpec(String name, Path target) throws IOException {
        URL url = Fixtures.class.getResource(ROOT + "specs/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no spec " + name);
        }
        Path source;
        try {
            source = Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        Files.createDirectories(target);
        Path tla = null;
        try (Stream<Path> files = Files.list(source)) {
            for (Path file : files.toList()) {
                Path copy = Files.copy(file, target.resolve(file.getFileName().toString()));
                if (copy.toString().endsWith(".tla")) {
                    tla = copy;
                }
            }
        }
        return tla;
    }

    /** The config beside a spec. */
    static Path configOf(Path tla) {
        return tla.resolveSibling(tla.getFileName().toString().replace(".tla", ".cfg"));
    }

    /** The names of the files directly in a directory, sorted. */
    static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** The tla2tools jar surefire points at. */
    static Path tlaToolsJar() {
        String path = System.getProperty(TlaToolsLocator.SYSTEM_PROPERTY);
        if (path == null) {
            throw new IllegalStateException("system property " + TlaToolsLocator.SYSTEM_PROPERTY + " is not set");
        }
        return Path.of(path);
    }
}

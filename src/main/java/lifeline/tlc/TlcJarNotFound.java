package lifeline.tlc;

import java.nio.file.Path;
import java.util.Optional;

/** Thrown when no usable tla2tools jar can be found; its message says how to fix that. */
public final class TlcJarNotFound extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Optional<Path> path;

    public TlcJarNotFound(Optional<Path> path, String humanMessage) {
        super(humanMessage);
        this.path = path;
    }

    /** The path that was tried and found unusable, if a path was given at all. */
    public Optional<Path> path() {
        return path;
    }

    public TlcFailure.JarNotFound failure() {
        return new TlcFailure.JarNotFound(path, getMessage());
    }
}

package lifeline.spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The hand-written TLA+ module(s) of specs/, as shipped inside the jar. */
public final class BaseModules {
    public static final String LIFELINE = "Lifeline";
    private static volatile String lifeline;

    private BaseModules() {}

    public static String lifeline() {
        String text = lifeline;
        if (text == null) {
            text = load("/lifeline/specs/" + LIFELINE + ".tla");
            lifeline = text;
        }
        return text;
    }

    static String load(String resource) {
        try (InputStream in = BaseModules.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package lifeline.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import lifeline.model.Scenario;

/**
 * The built-in examples shipped in the jar (from specs/examples): the five seed stories and
 * their fixed twins, listed in specs/examples/examples.txt. Names ending in -fixed must pass.
 */
public final class Examples {
    /** The larger passing scenario the benchmark reports (not an example). */
    public static final String BENCHMARK = "benchmark";
    private static final String DIR = "/lifeline/specs/examples/";
    private static final String FIXED = "-fixed";

    private Examples() {}

    public static List<String> names() {
        return read(DIR + "examples.txt").map(text -> text.lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList())
                .orElseThrow(() -> new IllegalStateException("the jar lacks " + DIR + "examples.txt"));
    }

    /** Whether the example is a seed story's fixed twin, which must pass (its name ends in -fixed). */
    public static boolean isFixedTwin(String name) {
        return name.endsWith(FIXED);
    }

    /** The example of that name, or empty when there is none. */
    public static Optional<Scenario> load(String name) {
        if (!names().contains(name)) {
            return Optional.empty();
        }
        return Optional.of(parse(DIR + name + ScenarioJson.EXTENSION, name + ScenarioJson.EXTENSION));
    }

    /** The raw text of an example, as shipped. */
    public static Optional<String> text(String name) {
        return names().contains(name) ? read(DIR + name + ScenarioJson.EXTENSION) : Optional.empty();
    }

    public static Scenario benchmark() {
        return parse("/lifeline/specs/bench/" + BENCHMARK + ScenarioJson.EXTENSION, BENCHMARK + ScenarioJson.EXTENSION);
    }

    private static Scenario parse(String resource, String sourceName) {
        String text = read(resource).orElseThrow(() -> new IllegalStateException("the jar lacks " + resource));
        try {
            return ScenarioJson.fromJson(text, sourceName);
        } catch (ScenarioFormatException e) {
            throw new IllegalStateException("built-in " + e.getMessage(), e);
        }
    }

    private static Optional<String> read(String resource) {
        try (InputStream in = Examples.class.getResourceAsStream(resource)) {
            return in == null ? Optional.empty()
                    : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

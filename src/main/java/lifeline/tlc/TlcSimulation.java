package lifeline.tlc;

import java.util.List;

/**
 * TLC's random simulation instead of model checking: {@code walks} random behaviours of up to
 * {@code depth} steps each, from a seed, so a run can be repeated. It finds violations in models too
 * big to check, and proves nothing about the behaviours it did not take.
 */
public record TlcSimulation(int depth, long walks, long seed) {
    public static final int DEFAULT_DEPTH = 100;
    public static final long DEFAULT_WALKS = 1000;

    public TlcSimulation {
        if (depth < 1) {
            throw new IllegalArgumentException("depth must be at least 1, got " + depth);
        }
        if (walks < 1) {
            throw new IllegalArgumentException("walks must be at least 1, got " + walks);
        }
    }

    /** TLC's arguments: {@code -simulate num=N} bounds the number of behaviours in all. */
    List<String> arguments() {
        return List.of("-simulate", "num=" + walks, "-depth", Integer.toString(depth), "-seed", Long.toString(seed));
    }
}

package lifeline;

/**
 * How big a random sweep is and where it starts. By default a sweep is small and its seed fixed, so
 * the test run stays short and every run checks the same cases; {@code -Pthorough} (the system
 * property {@code lifeline.thorough=true}) runs the full size, and {@code -Dlifeline.seed=N} starts
 * from another seed. A failing sweep names its seed so that the failure can be run again.
 */
public final class Sweeps {
    private Sweeps() {}

    public static boolean thorough() {
        return Boolean.getBoolean("lifeline.thorough");
    }

    /** The size of a sweep: quick in the default run, full under -Pthorough. */
    public static int size(int quick, int full) {
        return thorough() ? full : quick;
    }

    /** The sweep's own fixed seed, unless lifeline.seed gives another. */
    public static long seed(long fixed) {
        return Long.getLong("lifeline.seed", fixed);
    }

    /** The words a failure message starts with, to run the same sweep again. */
    public static String rerun(long seed) {
        return "seed " + seed + " (run again with -Dlifeline.seed=" + seed + (thorough() ? " -Pthorough" : "") + ")";
    }
}

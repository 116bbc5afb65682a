package lifeline.check;

import lifeline.model.Scenario;
import lifeline.spec.Granularity;

/**
 * A small model: the fused model of a scenario of at most {@value #MAX_PROCESSES} processes,
 * {@value #MAX_FILES} files and {@value #MAX_OPERATIONS} operations in all (every seed example and the
 * benchmark scenario; at most a few thousand states). TLC checks a small model with C1 only
 * ({@link JitPolicy}) and one worker, so that its counterexample is the same on every run (with
 * two workers TLC may report another trace); a larger model keeps the workers asked for.
 */
public final class SmallModel {
    static final int MAX_PROCESSES = 4;
    static final int MAX_FILES = 6;
    static final int MAX_OPERATIONS = 10;

    private SmallModel() {}

    /** The definition in words, for people. */
    public static String definition() {
        return "the fused model of at most " + MAX_PROCESSES + " processes, " + MAX_FILES + " files and "
                + MAX_OPERATIONS + " operations";
    }

    /** Whether checking {@code s} at granularity {@code g} is a small model. */
    public static boolean is(Scenario s, Granularity g) {
        int ops = s.processes().stream().mapToInt(p -> p.operations().size()).sum();
        return g == Granularity.FUSED && s.processes().size() <= MAX_PROCESSES && s.files().size() <= MAX_FILES
                && ops <= MAX_OPERATIONS;
    }

    /** The request with the JIT of {@link JitPolicy} and, for a small model, one worker. */
    public static CheckRequest tune(CheckRequest r) {
        return JitPolicy.apply(oneWorker(r));
    }

    /** The request with one worker if it checks a small model, else as it is. */
    public static CheckRequest oneWorker(CheckRequest r) {
        return is(r.scenario(), r.options().granularity()) ? r.with(r.tlc().withWorkers(1)) : r;
    }
}

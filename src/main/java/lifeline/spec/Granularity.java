package lifeline.spec;

/** How finely the generated model interleaves tasks (kernel-model §7). */
public enum Granularity {
    /** Every numbered step of the reference is one TLA+ step. */
    LITERAL,
    /** A task runs on to its next preemption point; the same verdicts, fewer states. */
    FUSED
}

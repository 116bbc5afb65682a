package lifeline.tlc;

/** What kind of correctness property TLC found violated. */
public enum ViolationKind {
    INVARIANT,
    ACTION_PROPERTY,
    TEMPORAL_PROPERTY,
    DEADLOCK,
    ASSUMPTION,
    ASSERTION
}

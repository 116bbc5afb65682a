package lifeline.explore;

import lifeline.trace.TraceStep;

/**
 * A step some task could take next: the state it leads to, and the step as a trace shows it (task,
 * kernel functions with backtraces, what changes, new faults).
 *
 * @param faultsAtOnce whether the state after it violates a checked property (TLC evaluated them)
 */
public record Choice(ExploreStep next, TraceStep step, boolean faultsAtOnce) {}

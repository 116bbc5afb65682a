package lifeline.tlc;

import java.util.Objects;
import java.util.Optional;

/** What a TLC run reports while it runs, decoded from its tool messages. */
public sealed interface TlcEvent {

    /** TLC started; {@code version} is its version line ("TLC2 Version 2.18 of 20 March 2023"). */
    record Started(String version) implements TlcEvent {}

    /** A line printed outside any message: SANY's "Parsing file ..." lines, Print output. */
    record Output(String text) implements TlcEvent {}

    /** The initial states are computed. */
    record InitialStates(long distinctStates) implements TlcEvent {}

    /** A periodic progress report; {@code depth} is the BFS depth reached so far. */
    record Progress(long statesGenerated, long distinctStates, long queueSize, int depth) implements TlcEvent {}

    /**
     * Random runs' report (TLC's -simulate, once a minute and at the end): the states the walks checked so
     * far, every step of every walk counted. Random runs count no distinct states, queue or depth.
     */
    record WalkProgress(long statesChecked) implements TlcEvent {}

    /** Random runs' live report from Lifeline's launcher, twice a second: the walks done, the states they checked. */
    record LiveWalkProgress(long statesChecked, long walksDone, long elapsedMs) implements TlcEvent {}

    /**
     * Live statistics from Lifeline's launcher in the TLC JVM, twice a second while TLC explores.
     * {@code depth} is the greatest depth of a state found so far (an initial state is at depth 1);
     * {@code distinctPerSecond} is the rate of new distinct states since the previous report.
     */
    record LiveProgress(long distinctStates, long statesGenerated, long queueSize, int depth, int workers,
                        long distinctPerSecond, long elapsedMs) implements TlcEvent {}

    /**
     * A property is violated. {@code property} is its name when TLC gives one (invariants, action
     * properties); {@code text} is TLC's own description (for an assertion, its message).
     */
    record Violation(ViolationKind kind, Optional<String> property, String text) implements TlcEvent {
        public Violation {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(property, "property");
        }
    }

    /** A counterexample trace follows (TLC prints its states next). */
    record TraceStart(String text) implements TlcEvent {}

    /**
     * One state of a counterexample trace. {@code actionLabel} is what TLC prints between angle
     * brackets ("Initial predicate", "Get line 9, col 8 to line 14, col 37 of module Viol");
     * {@code body} keeps the variables' TLA+ text raw ("/\ x = 1" lines).
     */
    record TraceStateText(int number, String actionLabel, String body) implements TlcEvent {
        /** The number of a state whose header TLC printed in a layout the decoder does not know. */
        public static final int UNKNOWN = -1;

        /** The action's name without its location ("Get", or "Initial predicate"). */
        public String actionName() {
            int at = actionLabel.indexOf(" line ");
            return at < 0 ? actionLabel : actionLabel.substring(0, at);
        }

        /** What follows the action's name: "line 9, col 8 to line 14, col 37 of module Viol", or "". */
        public String actionLocationText() {
            return actionLabel.substring(actionName().length()).strip();
        }

        /** Where the action is defined, when TLC says. */
        public Optional<TlaLocation> actionLocation() {
            return TlaLocation.find(actionLabel);
        }
    }

    /** The end of a liveness counterexample: the behavior loops back to state {@code stateNumber}. */
    record TraceLoopBack(int stateNumber, String actionLabel) implements TlcEvent {}

    /** The end of a liveness counterexample: the behavior stutters forever after state {@code number}. */
    record TraceStuttering(int number) implements TlcEvent {}

    /** The spec does not parse or is semantically wrong, or the model's configuration is wrong. */
    record SpecError(String message, Optional<TlaLocation> location, String details) implements TlcEvent {}

    /** TLC reported an error while checking (evaluation failure, TLC bug, ...). */
    record ErrorReported(int code, String message, Optional<TlaLocation> location) implements TlcEvent {}

    /** TLC ran out of memory. */
    record OutOfMemory(String detail) implements TlcEvent {}

    /** A warning from TLC. */
    record Warning(int code, String text) implements TlcEvent {}

    /** Model checking ended; statistics are absent when TLC stopped before exploring (spec errors). */
    record Finished(Optional<TlcStatistics> statistics, long durationMs) implements TlcEvent {}

    /** Any other message, kept raw (mode, SANY start and end, "no error has been found", ...). */
    record Info(int code, String text) implements TlcEvent {}
}

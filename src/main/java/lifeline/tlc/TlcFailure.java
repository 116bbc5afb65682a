package lifeline.tlc;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Why a TLC run did not produce a verdict on the model, each with a message fit to show a person. */
public sealed interface TlcFailure {

    /** A sentence or two saying what went wrong and, where possible, what to do. */
    String humanMessage();

    /** No usable tla2tools jar; {@code path} is the path that was tried, if one was. */
    record JarNotFound(Optional<Path> path, String humanMessage) implements TlcFailure {}

    /** The spec or its configuration is wrong; {@code location} is where, when TLC says. */
    record SpecError(String message, Optional<TlaLocation> location, String details) implements TlcFailure {
        @Override
        public String humanMessage() {
            return location.map(l -> "Spec error at " + l + ": " + message).orElse("Spec error: " + message);
        }
    }

    /** TLC reported an error while checking the model (an expression could not be evaluated, ...). */
    record CheckError(int code, String message, Optional<TlaLocation> location) implements TlcFailure {
        @Override
        public String humanMessage() {
            return location.map(l -> "TLC error at " + l + ": " + message).orElse("TLC error: " + message);
        }
    }

    /** TLC ran out of memory with the given heap. */
    record OutOfMemory(int heapMb, String detail) implements TlcFailure {
        @Override
        public String humanMessage() {
            return "TLC ran out of memory with a " + heapMb + " MB heap (" + detail.lines().findFirst().orElse("")
                    + "). Give TLC more heap or make the model smaller.";
        }
    }

    /**
     * TLC ended without saying how checking went, or said something its exit status contradicts;
     * {@code outputTail} is the last lines it printed.
     */
    record Crash(int exitCode, String detail, String outputTail) implements TlcFailure {
        @Override
        public String humanMessage() {
            String tail = outputTail.isBlank() ? "" : "\nThe last lines TLC printed:\n" + outputTail.strip();
            return "TLC failed (exit code " + exitCode + "): " + detail + tail;
        }
    }

    /** TLC's Java VM did not start (heap too big, a bad option); {@code reason} is the JVM's own words. */
    record JvmFailed(int exitCode, String reason) implements TlcFailure {
        @Override
        public String humanMessage() {
            return "TLC's Java VM did not start (exit code " + exitCode + "): " + reason;
        }
    }

    /** The run was cancelled. */
    record Cancelled() implements TlcFailure {
        @Override
        public String humanMessage() {
            return "The TLC run was cancelled.";
        }
    }

    /** The run was stopped at its time limit. */
    record TimedOut(Duration limit) implements TlcFailure {
        @Override
        public String humanMessage() {
            return "TLC did not finish within the time limit of " + limit.toSeconds() + " s and was stopped.";
        }
    }
}

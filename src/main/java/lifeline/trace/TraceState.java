package lifeline.trace;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import lifeline.trace.value.TlaValue;

/**
 * One state of a TLC counterexample: its number, the action that led to it ("Initial predicate" for the
 * first), that action's raw source location ("line 5, col 9 to line 5, col 42 of module T", or empty) and
 * the variables in printed order. A liveness trace ends in a {@link Kind#STUTTERING} or
 * {@link Kind#BACK_TO_STATE} marker, which has no variables; for the latter, {@code number} is the state
 * the behaviour loops back to.
 */
public record TraceState(int number, String actionName, String actionLocation,
                         Map<String, TlaValue> variables, Kind kind) {
    public static final String INITIAL_PREDICATE = "Initial predicate";
    public static final String STUTTERING = "Stuttering";

    /** Whether this is a state with variables or one of the two markers that close a lasso. */
    public enum Kind { STATE, STUTTERING, BACK_TO_STATE }

    public TraceState {
        Objects.requireNonNull(actionName, "actionName");
        Objects.requireNonNull(actionLocation, "actionLocation");
        Objects.requireNonNull(kind, "kind");
        variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
    }

    /** An ordinary state. */
    public TraceState(int number, String actionName, String actionLocation, Map<String, TlaValue> variables) {
        this(number, actionName, actionLocation, variables, Kind.STATE);
    }

    public TlaValue variable(String name) {
        TlaValue value = variables.get(name);
        if (value == null) {
            throw new NoSuchElementException("state " + number + " has no variable " + name);
        }
        return value;
    }

    public boolean isInitial() {
        return kind == Kind.STATE && INITIAL_PREDICATE.equals(actionName);
    }

    /** The action's operator name without arguments: "ActionName" for "ActionName(p)". */
    public String actionOperator() {
        int paren = actionName.indexOf('(');
        return paren < 0 ? actionName : actionName.substring(0, paren).trim();
    }
}

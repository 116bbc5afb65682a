package lifeline.trace;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import lifeline.trace.value.TlaValue;

/** One state of a TLC counterexample: number, the action that led to it, and its variables in printed order. */
public record TraceState(int number, String actionName, String actionLocation,
                         Map<String, TlaValue> variables, Kind kind) {
    public static final String INITIAL_PREDICATE = "Initial predicate";
    public static final String STUTTERING = "Stuttering";

    /**
     * A state with variables, or one of the two variable-less markers that end a liveness trace. For
     * BACK_TO_STATE, {@code number} is the state the behaviour loops back to, and the action is the one
     * that leads there (empty if TLC does not say).
     */
    public enum Kind { STATE, STUTTERING, BACK_TO_STATE }

    public TraceState {
        Objects.requireNonNull(actionName, "actionName");
        Objects.requireNonNull(actionLocation, "actionLocation");
        Objects.requireNonNull(kind, "kind");
        Map<String, TlaValue> copy = new LinkedHashMap<>(variables);
        copy.forEach((name, value) -> Objects.requireNonNull(value, "value of variable " + name));
        variables = Collections.unmodifiableMap(copy);
    }

    /** An ordinary state; actionLocation is TLC's raw "line 5, col 9 to line 5, col 42 of module T", or empty. */
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

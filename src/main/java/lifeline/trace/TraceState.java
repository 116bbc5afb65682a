package lifeline.trace;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import lifeline.trace.value.TlaValue;

/**
 * One state of a TLC counterexample: number, the action that led to it, and its variables in printed order.
 * actionLocation is TLC's raw "line 5, col 9 to line 5, col 42 of module T", or empty.
 */
public record TraceState(int number, String actionName, String actionLocation, Map<String, TlaValue> variables) {
    public static final String INITIAL_PREDICATE = "Initial predicate";

    public TraceState {
        Objects.requireNonNull(actionName, "actionName");
        Objects.requireNonNull(actionLocation, "actionLocation");
        Map<String, TlaValue> copy = new LinkedHashMap<>(variables);
        copy.forEach((name, value) -> Objects.requireNonNull(value, "value of variable " + name));
        variables = Collections.unmodifiableMap(copy);
    }

    public TlaValue variable(String name) {
        TlaValue value = variables.get(name);
        if (value == null) {
            throw new NoSuchElementException("state " + number + " has no variable " + name);
        }
        return value;
    }

    public boolean isInitial() {
        return INITIAL_PREDICATE.equals(actionName);
    }

    /** The action's operator name without arguments: "ActionName" for "ActionName(p)". */
    public String actionOperator() {
        int paren = actionName.indexOf('(');
        return paren < 0 ? actionName : actionName.substring(0, paren).trim();
    }
}

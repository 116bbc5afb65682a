package lifeline.tlc;

import java.util.List;

/**
 * A state the explorer child computed: its id there (to ask for its successors), its text as TLC
 * prints a state (a conjunction of {@code /\ var = value} lines) and the names of the config's
 * invariants TLC found false in it.
 */
public record ExploredState(int id, String text, List<String> violated) {
    public ExploredState {
        violated = List.copyOf(violated);
    }
}

package lifeline.check;

import java.util.ArrayList;
import java.util.List;
import lifeline.tlc.TlcEvent;
import lifeline.trace.TraceState;
import lifeline.trace.TraceStateParser;
import lifeline.trace.value.TlaValueSyntaxException;

/** A counterexample's states in the trace layer's terms: the header as the decoder read it, the variables parsed. */
public final class TraceStates {
    private TraceStates() {}

    public static List<TraceState> of(List<TlcEvent.TraceStateText> texts) throws TlaValueSyntaxException {
        List<TraceState> states = new ArrayList<>();
        for (TlcEvent.TraceStateText t : texts) {
            int number = t.number() == TlcEvent.TraceStateText.UNKNOWN ? states.size() + 1 : t.number();
            states.add(new TraceState(number, t.actionName(), t.actionLocationText(),
                    TraceStateParser.parseVariables(t.body())));
        }
        return states;
    }
}

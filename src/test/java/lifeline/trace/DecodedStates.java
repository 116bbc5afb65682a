package lifeline.trace;

import java.util.List;
import lifeline.check.TraceStates;
import lifeline.tlc.TlcEvent;
import lifeline.tlc.TlcEventDecoder;
import lifeline.tlc.ToolMessage;
import lifeline.tlc.ToolMessageParser;
import lifeline.trace.value.TlaValueSyntaxException;

/** Test helper: trace states read the way a check reads them, the header by the TLC event decoder only. */
final class DecodedStates {
    private static final int STATE_PRINT = 2217;

    private DecodedStates() {}

    /** Every trace state of a -tool output. */
    static List<TraceState> ofToolOutput(String output) throws TlaValueSyntaxException {
        return TraceStates.of(TlcEventDecoder.decodeAll(ToolMessageParser.parseAll(output)).stream()
                .filter(TlcEvent.TraceStateText.class::isInstance).map(TlcEvent.TraceStateText.class::cast).toList());
    }

    /** One trace-state message, header line first, as TLC prints it between its message markers. */
    static TraceState ofMessage(String text) throws TlaValueSyntaxException {
        TlcEvent event = new TlcEventDecoder().decode(new ToolMessage(STATE_PRINT, ToolMessage.STATE, text)).get(0);
        return TraceStates.of(List.of((TlcEvent.TraceStateText) event)).get(0);
    }
}

package lifeline.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import lifeline.spec.BaseModules;
import lifeline.trace.value.TlaValueParser;
import org.junit.jupiter.api.Test;

/** The object kinds of specs/Lifeline.tla are exactly the kinds Java knows, and an unknown one is named. */
class RefKindTest {
    /**
     * A reference {@code <<"kind", id>>} whose id is an expression (not a string, not another reference:
     * {@code <<"vm_file", <<"mm", p>>>>} is a field and the object it lives in), and the kind Kfree is handed.
     */
    private static final Pattern REFERENCE = Pattern.compile("<<\"(\\w+)\", [^<\"]");
    private static final Pattern KFREED = Pattern.compile("Kfree\\([^,]+, [^,]+, \"\\w+\", \"(\\w+)\"");

    private static Set<String> specKinds() {
        String spec = BaseModules.lifeline();
        Set<String> kinds = new TreeSet<>();
        for (Pattern p : new Pattern[] {REFERENCE, KFREED}) {
            Matcher m = p.matcher(spec);
            while (m.find()) {
                kinds.add(m.group(1));
            }
        }
        return kinds;
    }

    @Test
    void theSpecsKindsAreExactlyTheEnumsConstants() {
        Set<String> known = Arrays.stream(RefKind.values()).filter(k -> k != RefKind.NONE).map(RefKind::tla)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(known, specKinds());
        known.forEach(k -> assertEquals(k, RefKind.ofTla(k).tla()));
    }

    @Test
    void anUnknownKindInATraceIsAnErrorThatNamesIt() throws Exception {
        KernelState s = new KernelState(new TraceState(3, "fput(t)", "", Map.of("log", TlaValueParser.parse(
                "<<[task |-> \"p1\", bt |-> <<\"sock_close\">>, obj |-> <<\"socket\", \"f1\">>]>>"))));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, s::calls);
        assertTrue(e.getMessage().contains("\"socket\""), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RefKind.ofTla(""), "the empty reference is <<>>");
    }

    @Test
    void theEmptyReferenceIsNone() throws Exception {
        KernelState s = new KernelState(new TraceState(2, "exit_mm(t)", "", Map.of("log", TlaValueParser.parse(
                "<<[task |-> \"p1\", bt |-> <<\"do_exit\", \"exit_mm\">>, obj |-> <<>>]>>"))));
        assertTrue(s.calls().get(0).object().isNone());
    }
}

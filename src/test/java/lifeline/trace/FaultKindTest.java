package lifeline.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import lifeline.model.Property;
import lifeline.spec.BaseModules;
import lifeline.spec.FaultKind;
import lifeline.trace.value.TlaValueParser;
import org.junit.jupiter.api.Test;

/** The fault kinds of specs/Lifeline.tla are exactly the kinds Java knows, each under its property. */
class FaultKindTest {
    /** An invariant over the faults: {@code NoDoubleFree == \A x \in faults : x.kind # "double_free"}. */
    private static final Pattern INVARIANT = Pattern.compile("(\\w+) == \\\\A x \\\\in faults : x.kind # \"(\\w+)\"");
    private static final Pattern RECORDED = Pattern.compile("Fault\\(\\w+, \\w+, \"(\\w+)\"");
    private static final Pattern ASSUMED = Pattern.compile("ASSUME Record \\\\subseteq \\{([^}]*)}");

    @Test
    void eachKindIsTheOneItsPropertysInvariantForbids() {
        Map<String, String> spec = new TreeMap<>();
        Matcher m = INVARIANT.matcher(BaseModules.lifeline());
        while (m.find()) {
            spec.put(m.group(1), m.group(2));
        }
        Map<String, String> known = Arrays.stream(FaultKind.values())
                .collect(Collectors.toMap(k -> k.property().tlaName(), FaultKind::tla, (a, b) -> a, TreeMap::new));
        assertEquals(spec, known);
        assertTrue(FaultKind.of(Property.NO_LEAK).isEmpty(), "NoLeak looks at the state");
    }

    @Test
    void theSpecRecordsAndAssumesExactlyTheKnownKinds() {
        String spec = BaseModules.lifeline();
        Set<String> known = Arrays.stream(FaultKind.values()).map(FaultKind::tla)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> recorded = new TreeSet<>();
        Matcher m = RECORDED.matcher(spec);
        while (m.find()) {
            recorded.add(m.group(1));
        }
        assertEquals(known, recorded);
        Matcher assumed = ASSUMED.matcher(spec);
        assertTrue(assumed.find(), "the spec's ASSUME on Record");
        assertEquals(known, Arrays.stream(assumed.group(1).split(",")).map(s -> s.strip().replace("\"", ""))
                .collect(Collectors.toCollection(TreeSet::new)));
        known.forEach(k -> assertEquals(k, FaultKind.ofTla(k).tla()));
    }

    @Test
    void anUnknownKindInATraceIsAnErrorThatNamesIt() throws Exception {
        KernelState s = new KernelState(new TraceState(3, "fput(t)", "", Map.of("faults", TlaValueParser.parse(
                "{[kind |-> \"leak\", obj |-> <<\"file\", \"f1\">>, task |-> \"p1\", bt |-> <<\"fput\">>]}"))));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, s::faults);
        assertTrue(e.getMessage().contains("\"leak\"") && e.getMessage().contains("double_free"), e.getMessage());
    }

    @Test
    void aKnownKindIsReadAsItsConstant() throws Exception {
        KernelState s = new KernelState(new TraceState(3, "fput(t)", "", Map.of("faults", TlaValueParser.parse(
                "{[kind |-> \"double_free\", obj |-> <<\"device\", \"d1\">>, task |-> \"p1\","
                        + " bt |-> <<\"kfree\">>]}"))));
        assertEquals(FaultKind.DOUBLE_FREE, s.faults().iterator().next().kind());
    }
}

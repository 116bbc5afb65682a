package lifeline.trace.value;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/** Random trees of TLA+ values for the property tests: every kind, nested a few levels deep. */
public final class TlaValueArbitraries {
    private static final String NAME_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_\u00e9\u00fc\u03c0";
    private static final String TRICKY_CHARS = "\"\\\n\t\f\r ,<>{}[]()|->:@/=ab1";

    private TlaValueArbitraries() {}

    public static Arbitrary<TlaValue> values() {
        return value(3);
    }

    public static Arbitrary<String> names() {
        return Arbitraries.strings().withChars(NAME_CHARS).ofMinLength(1).ofMaxLength(8).filter(TlaSyntax::isName);
    }

    private static Arbitrary<TlaValue> value(int depth) {
        Arbitrary<TlaValue> leaf = Arbitraries.oneOf(
                Arbitraries.longs().map(TlaInt::new),
                strings().map(TlaString::new),
                Arbitraries.of(TlaBool.TRUE, TlaBool.FALSE),
                names().filter(name -> !TlaSyntax.isBooleanKeyword(name)).map(TlaModelValue::new));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<TlaValue> child = value(depth - 1);
        return Arbitraries.frequencyOf(
                Tuple.of(4, leaf),
                Tuple.of(1, child.list().ofMaxSize(4).map(TlaSeq::new)),
                Tuple.of(1, child.list().ofMaxSize(4).map(TlaSet::new)),
                Tuple.of(1, Arbitraries.maps(names(), child).ofMinSize(1).ofMaxSize(4).map(TlaRecord::new)),
                Tuple.of(1, Arbitraries.maps(child, child).ofMinSize(1).ofMaxSize(3).map(TlaFunction::new)));
    }

    private static Arbitrary<String> strings() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(8),
                Arbitraries.strings().withChars(TRICKY_CHARS).ofMaxLength(12));
    }
}

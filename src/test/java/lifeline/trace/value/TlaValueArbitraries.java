package lifeline.trace.value;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Random trees of TLA+ values for the property tests: every kind, nested up to three levels deep.
 * Built straight from a Random: jqwik's combinators over recursive arbitraries made shrinking crawl.
 */
public final class TlaValueArbitraries {
    private static final String NAME_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_\u00e9\u00fc\u03c0";
    private static final String TRICKY_CHARS = "\"\\\n\t\f\r ,<>{}[]()|->:@/=ab1";
    private static final long[] EDGE_INTS = {0, 1, -1, Long.MIN_VALUE, Long.MAX_VALUE, Integer.MIN_VALUE};
    private static final int MAX_DEPTH = 3;

    private TlaValueArbitraries() {}

    public static Arbitrary<TlaValue> values() {
        return Arbitraries.randomValue(random -> value(random, MAX_DEPTH));
    }

    public static Arbitrary<String> names() {
        return Arbitraries.randomValue(TlaValueArbitraries::name);
    }

    static TlaValue value(Random random, int depth) {
        int choice = random.nextInt(depth == 0 ? 4 : 8);
        return switch (choice) {
            case 0 -> new TlaInt(integer(random));
            case 1 -> new TlaString(string(random));
            case 2 -> TlaBool.of(random.nextBoolean());
            case 3 -> new TlaModelValue(modelValueName(random));
            case 4 -> new TlaSeq(children(random, depth - 1, random.nextInt(5)));
            case 5 -> new TlaSet(children(random, depth - 1, random.nextInt(5)));
            case 6 -> record(random, depth - 1);
            default -> function(random, depth - 1);
        };
    }

    private static List<TlaValue> children(Random random, int depth, int count) {
        List<TlaValue> children = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            children.add(value(random, depth));
        }
        return children;
    }

    private static TlaRecord record(Random random, int depth) {
        Map<String, TlaValue> fields = new LinkedHashMap<>();
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            fields.put(name(random), value(random, depth));
        }
        return new TlaRecord(fields);
    }

    private static TlaFunction function(Random random, int depth) {
        Map<TlaValue, TlaValue> entries = new LinkedHashMap<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            entries.put(value(random, depth), value(random, depth));
        }
        return new TlaFunction(entries);
    }

    private static long integer(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> EDGE_INTS[random.nextInt(EDGE_INTS.length)];
            case 1 -> random.nextInt(201) - 100;
            default -> random.nextLong();
        };
    }

    private static String string(Random random) {
        int length = random.nextInt(12);
        boolean tricky = random.nextBoolean();
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(tricky ? TRICKY_CHARS.charAt(random.nextInt(TRICKY_CHARS.length())) : (char) random.nextInt(0x10000));
        }
        return text.toString();
    }

    private static String name(Random random) {
        while (true) {
            StringBuilder name = new StringBuilder();
            int length = 1 + random.nextInt(8);
            for (int i = 0; i < length; i++) {
                name.append(NAME_CHARS.charAt(random.nextInt(NAME_CHARS.length())));
            }
            if (TlaSyntax.isName(name.toString())) {
                return name.toString();
            }
        }
    }

    private static String modelValueName(Random random) {
        String name = name(random);
        return TlaSyntax.isBooleanKeyword(name) ? name + "_" : name;
    }
}

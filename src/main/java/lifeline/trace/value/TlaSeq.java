package lifeline.trace.value;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A TLA+ sequence or tuple {@code <<a, b>>}: TLC's print of any function whose domain is 1..n. */
public record TlaSeq(List<TlaValue> elements) implements TlaValue {
    public static final TlaSeq EMPTY = new TlaSeq(List.of());

    public TlaSeq {
        elements = List.copyOf(elements);
    }

    public static TlaSeq of(TlaValue... elements) {
        return new TlaSeq(List.of(elements));
    }

    @Override
    public void appendTla(StringBuilder out) {
        TlaSyntax.appendJoined(out, "<<", elements, ">>");
    }

    @Override
    public String kindName() {
        return "sequence";
    }

    @Override
    public List<TlaValue> asSeq() {
        return elements;
    }

    @Override
    public Map<TlaValue, TlaValue> asFunction() {
        Map<TlaValue, TlaValue> map = new LinkedHashMap<>();
        for (int i = 0; i < elements.size(); i++) {
            map.put(new TlaInt(i + 1L), elements.get(i));
        }
        return Collections.unmodifiableMap(map);
    }

    @Override
    public Optional<TlaValue> tryApply(TlaValue key) {
        if (key instanceof TlaInt index && index.value() >= 1 && index.value() <= elements.size()) {
            return Optional.of(elements.get((int) index.value() - 1));
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return toTla();
    }
}

package lifeline.trace.value;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

/** One TLA+ value as TLC prints it in a trace: immutable, compared by content, printable back to TLC syntax. */
public sealed interface TlaValue
        permits TlaInt, TlaString, TlaBool, TlaModelValue, TlaSeq, TlaSet, TlaRecord, TlaFunction {

    /** Appends this value in TLC syntax, on one line. */
    void appendTla(StringBuilder out);

    /** What kind of value this is, for messages: "integer", "set", "record", ... */
    String kindName();

    /** This value in TLC syntax, on one line; {@link TlaValueParser#parse} reads it back to an equal value. */
    default String toTla() {
        StringBuilder out = new StringBuilder();
        appendTla(out);
        return out.toString();
    }

    default long asInt() {
        throw TlaValueTypeException.expected("an integer", this);
    }

    default String asString() {
        throw TlaValueTypeException.expected("a string", this);
    }

    default boolean asBool() {
        throw TlaValueTypeException.expected("a boolean", this);
    }

    /** The name of a model value such as {@code p1} or {@code NoFile}. */
    default String asModelValue() {
        throw TlaValueTypeException.expected("a model value", this);
    }

    /** The elements of a sequence, or the values of a function whose domain is exactly 1..n, in key order. */
    default List<TlaValue> asSeq() {
        throw TlaValueTypeException.expected("a sequence", this);
    }

    /** The elements of a set, in printed order. */
    default Set<TlaValue> asSet() {
        throw TlaValueTypeException.expected("a set", this);
    }

    /**
     * This value seen as a function, key to value in printed order: a function's entries,
     * a record's fields keyed by strings, a sequence's elements keyed by 1..n.
     */
    default Map<TlaValue, TlaValue> asFunction() {
        throw TlaValueTypeException.expected("a function, record or sequence", this);
    }

    /** The image of {@code key}, if this is a function, record or sequence and key is in its domain. */
    default Optional<TlaValue> tryApply(TlaValue key) {
        throw TlaValueTypeException.expected("a function, record or sequence", this);
    }

    /** The image of {@code key}; a missing key is a {@link NoSuchElementException}. */
    default TlaValue apply(TlaValue key) {
        return tryApply(key).orElseThrow(() -> new NoSuchElementException(
                key.toTla() + " is not in the domain of " + TlaValueTypeException.excerpt(this)));
    }

    /** A record's field, or a function's value at the string {@code name}. */
    default TlaValue field(String name) {
        if (!(this instanceof TlaRecord) && !(this instanceof TlaFunction)) {
            throw TlaValueTypeException.expected("a record", this);
        }
        return apply(new TlaString(name));
    }
}

package lifeline.trace;

/**
 * A short text the canvas lays over a node for one step of a trace: a count ("f_count 0"), a part that
 * is gone ("wait queue freed"), work waiting on the kworker.
 */
public record Mark(String text, Tone tone) {
    /** What the mark says about the object: plain, changed by this step, freed, or where the fault is. */
    public enum Tone { PLAIN, CHANGED, FREED, FAULT }

    public static Mark plain(String text) {
        return new Mark(text, Tone.PLAIN);
    }
}

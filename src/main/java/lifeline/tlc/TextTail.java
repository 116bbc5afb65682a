package lifeline.tlc;

/** Keeps the last characters of a stream (TLC's stderr), enough to show why it died. */
final class TextTail {

    private final int capacity;
    private final StringBuilder text = new StringBuilder();

    TextTail(int capacity) {
        this.capacity = capacity;
    }

    synchronized void append(char[] chars, int offset, int length) {
        text.append(chars, offset, length);
        if (text.length() > capacity * 2) { // trim in batches, not on every append
            text.delete(0, text.length() - capacity);
        }
    }

    @Override
    public synchronized String toString() {
        int from = Math.max(0, text.length() - capacity);
        return text.substring(from);
    }
}

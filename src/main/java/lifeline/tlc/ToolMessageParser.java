package lifeline.tlc;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Incremental parser of TLC's {@code -tool} output. Feed it text in chunks of any size as it
 * arrives; it returns the items each chunk completes: top-level messages (with nested
 * messages as children) and lines of text outside any message.
 *
 * <p>Framing is {@code @!@!@STARTMSG code:class @!@!@} ... {@code @!@!@ENDMSG code @!@!@}.
 * A tag may start mid-line (TLC puts one inside an exception's text on stderr) and a chunk may
 * end in the middle of a tag, so a possible partial tag is held back until more text arrives.
 */
public final class ToolMessageParser {

    private static final String MARK = "@!@!@";
    /** Longer than any real tag; a longer stretch between marks is text that happens to contain a mark. */
    private static final int MAX_TAG_LENGTH = 64;
    private static final Pattern START = Pattern.compile("STARTMSG (-?\\d+):(-?\\d+)");
    private static final Pattern END = Pattern.compile("ENDMSG (-?\\d+)");

    private final StringBuilder pending = new StringBuilder();
    private final Deque<OpenMessage> open = new ArrayDeque<>();
    private final StringBuilder outsideLine = new StringBuilder();
    private final List<ToolOutput> completed = new ArrayList<>();
    /** TLC ends every tag with a newline that belongs to the framing, not to the text. */
    private boolean dropNextNewline;

    /** Parses a whole output at once. */
    public static List<ToolOutput> parseAll(String text) {
        ToolMessageParser parser = new ToolMessageParser();
        List<ToolOutput> all = new ArrayList<>(parser.feed(text));
        all.addAll(parser.finish());
        return all;
    }

    /** Adds a chunk of output and returns the items it completed, in order. */
    public List<ToolOutput> feed(CharSequence chunk) {
        for (int i = 0; i < chunk.length(); i++) {
            char c = chunk.charAt(i);
            if (c != '\r') { // Windows line ends: the framing is line based
                pending.append(c);
            }
        }
        scan(false);
        return drain();
    }

    /** Ends the input: flushes held-back text and closes messages TLC left open (it died mid-message). */
    public List<ToolOutput> finish() {
        scan(true);
        while (!open.isEmpty()) {
            close(open.peek().code);
        }
        if (outsideLine.length() > 0) {
            emitOutsideLine();
        }
        return drain();
    }

    private List<ToolOutput> drain() {
        List<ToolOutput> items = List.copyOf(completed);
        completed.clear();
        return items;
    }

    private void scan(boolean atEnd) {
        int pos = 0;
        while (true) {
            int mark = pending.indexOf(MARK, pos);
            if (mark < 0) {
                int keep = atEnd ? 0 : partialMarkAtEnd(pos);
                text(pos, pending.length() - keep);
                pos = pending.length() - keep;
                break;
            }
            text(pos, mark);
            int close = pending.indexOf(MARK, mark + MARK.length());
            if (close < 0 && !atEnd && pending.length() - mark < MAX_TAG_LENGTH) {
                pos = mark; // maybe a tag cut by the chunk boundary: wait for the rest
                break;
            }
            if (close < 0 || close - mark > MAX_TAG_LENGTH || !tag(pending.substring(mark + MARK.length(), close))) {
                text(mark, mark + MARK.length());
                pos = mark + MARK.length();
                continue;
            }
            pos = close + MARK.length();
        }
        pending.delete(0, pos);
    }

    /** Length of the longest suffix of the pending text (from {@code from}) that could begin a mark. */
    private int partialMarkAtEnd(int from) {
        int max = Math.min(MARK.length() - 1, pending.length() - from);
        for (int len = max; len > 0; len--) {
            if (MARK.startsWith(pending.substring(pending.length() - len))) {
                return len;
            }
        }
        return 0;
    }

    /** Handles the text between two marks; returns false if it is not a tag. */
    private boolean tag(String inner) {
        String content = inner.trim();
        Matcher start = START.matcher(content);
        if (start.matches()) {
            if (open.isEmpty() && outsideLine.length() > 0) {
                emitOutsideLine(); // text before a tag that starts mid-line
            }
            open.push(new OpenMessage(Integer.parseInt(start.group(1)), Integer.parseInt(start.group(2))));
            dropNextNewline = true;
            return true;
        }
        Matcher end = END.matcher(content);
        if (end.matches() && !open.isEmpty()) {
            close(Integer.parseInt(end.group(1)));
            dropNextNewline = true;
            return true;
        }
        return false;
    }

    /** Closes the innermost open message with this code, and any left open inside it. */
    private void close(int code) {
        boolean known = open.stream().anyMatch(m -> m.code == code);
        while (!open.isEmpty()) {
            OpenMessage top = open.pop();
            ToolMessage message = top.build();
            if (open.isEmpty()) {
                completed.add(message);
            } else {
                open.peek().children.add(message);
            }
            if (!known || top.code == code) {
                return;
            }
        }
    }

    private void text(int from, int to) {
        if (from >= to) {
            return;
        }
        if (dropNextNewline && pending.charAt(from) == '\n') {
            from++;
        }
        dropNextNewline = false;
        if (!open.isEmpty()) {
            open.peek().body.append(pending, from, to);
            return;
        }
        for (int i = from; i < to; i++) {
            char c = pending.charAt(i);
            if (c == '\n') {
                emitOutsideLine();
            } else {
                outsideLine.append(c);
            }
        }
    }

    private void emitOutsideLine() {
        completed.add(new PlainText(outsideLine.toString().stripTrailing()));
        outsideLine.setLength(0);
    }

    /** A message whose end tag has not arrived yet. */
    private static final class OpenMessage {
        final int code;
        final int severityClass;
        final StringBuilder body = new StringBuilder();
        final List<ToolMessage> children = new ArrayList<>();

        OpenMessage(int code, int severityClass) {
            this.code = code;
            this.severityClass = severityClass;
        }

        ToolMessage build() {
            int end = body.length();
            while (end > 0 && body.charAt(end - 1) == '\n') {
                end--; // TLC pads bodies (trace states) with blank lines
            }
            return new ToolMessage(code, severityClass, body.substring(0, end), children);
        }
    }
}

package lifeline.tlc;

import java.util.List;
import java.util.Objects;

/**
 * One framed TLC message: its code from TLC's EC class, its severity class from MP,
 * its own text, and the messages TLC nested inside it (an error can wrap the cause).
 */
public record ToolMessage(int code, int severityClass, String body, List<ToolMessage> children)
        implements ToolOutput {

    /** Severity classes of TLC's MP class. */
    public static final int NONE = 0;
    public static final int ERROR = 1;
    public static final int TLC_BUG = 2;
    public static final int WARNING = 3;
    public static final int STATE = 4;

    public ToolMessage {
        Objects.requireNonNull(body, "body");
        children = List.copyOf(children);
    }

    public ToolMessage(int code, int severityClass, String body) {
        this(code, severityClass, body, List.of());
    }

    public boolean isError() {
        return severityClass == ERROR || severityClass == TLC_BUG;
    }

    /** The body followed by the full text of every nested message, one block per line. */
    @Override
    public String fullText() {
        StringBuilder text = new StringBuilder(body);
        for (ToolMessage child : children) {
            String childText = child.fullText();
            if (childText.isEmpty()) {
                continue;
            }
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(childText);
        }
        return text.toString();
    }
}

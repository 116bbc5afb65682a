package lifeline.tlc;

/** One item of TLC's {@code -tool} output: a framed message or a line of text outside any message. */
public sealed interface ToolOutput permits ToolMessage, PlainText {

    /** The text of this item, including the text of nested messages. */
    String fullText();
}

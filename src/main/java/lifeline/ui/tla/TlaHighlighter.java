package lifeline.ui.tla;

import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/** Tokens as RichTextFX style spans: each token gets its kind's style class, the rest none. */
final class TlaHighlighter {
    private TlaHighlighter() {}

    static StyleSpans<Collection<String>> styleSpans(String text) {
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        int at = 0;
        for (TlaToken t : TlaTokenizer.tokenize(text)) {
            spans.add(List.of(), t.start() - at);
            spans.add(List.of(t.kind().styleClass()), t.end() - t.start());
            at = t.end();
        }
        spans.add(List.of(), text.length() - at);
        return spans.create();
    }
}

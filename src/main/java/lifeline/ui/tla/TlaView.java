package lifeline.ui.tla;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import lifeline.model.Problem;
import lifeline.ui.document.DocumentModel;
import lifeline.ui.tla.TlaViewModel.Content;
import lifeline.ui.tla.TlaViewModel.Source;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;

/**
 * The TLA+ tab: the generated MC.tla, MC.cfg or the base module Lifeline.tla, read-only, with
 * line numbers and highlighting; the validator's problems instead when the scenario has some.
 */
public class TlaView extends StackPane {
    private final TlaViewModel model;
    private final CodeArea code = new CodeArea();
    private final VirtualizedScrollPane<CodeArea> codeScroll = new VirtualizedScrollPane<>(code);
    private final Label problemsHeader = new Label();
    private final ListView<Problem> problemsList = new ListView<>();
    private final VBox problemsPane = new VBox(problemsHeader, problemsList);
    private final BorderPane layout = new BorderPane();
    private final ToggleGroup sources = new ToggleGroup();
    private final Button copy = new Button("Copy");
    private final Label note = new Label();
    private final Map<Source, Integer> topLine = new EnumMap<>(Source.class);
    private Source shown;

    /** The tab of doc's model; its MC.cfg is that of random runs while {@code randomRuns} holds. */
    public TlaView(DocumentModel doc, ObservableValue<Boolean> randomRuns) {
        this(new TlaViewModel(doc.scenarioProperty(), doc.problemsProperty(), randomRuns));
    }

    public TlaView(TlaViewModel model) {
        this.model = model;
        getStyleClass().add("tla-view");
        code.getStyleClass().add("tla-code");
        code.setEditable(false);
        code.setParagraphGraphicFactory(LineNumberFactory.get(code));
        problemsPane.getStyleClass().add("tla-problems");
        problemsHeader.getStyleClass().add("tla-problems-header");
        problemsHeader.setWrapText(true);
        VBox.setVgrow(problemsList, Priority.ALWAYS);
        problemsList.setCellFactory(l -> new ProblemCell());
        problemsList.setFocusTraversable(false);
        layout.setTop(bar());
        getChildren().add(layout);
        model.contentProperty().addListener((o, was, now) -> show(now));
        show(model.contentProperty().get());
    }

    public TlaViewModel model() {
        return model;
    }

    private HBox bar() {
        HBox switcher = new HBox();
        switcher.getStyleClass().add("segmented");
        for (Source s : Source.values()) {
            ToggleButton b = new ToggleButton(s.fileName());
            b.setId("tla-" + s.name().toLowerCase(Locale.ROOT));
            b.setUserData(s);
            b.setToggleGroup(sources);
            b.setSelected(s == model.sourceProperty().get());
            b.setTooltip(new Tooltip(tooltip(s)));
            switcher.getChildren().add(b);
        }
        sources.selectedToggleProperty().addListener((o, was, now) -> select(was, now));
        note.getStyleClass().add("tla-note");
        copy.setId("tla-copy");
        copy.setTooltip(new Tooltip("Copy the whole file to the clipboard"));
        copy.setOnAction(e -> copyAll());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(switcher, grow, note, copy);
        bar.getStyleClass().add("tla-bar");
        return bar;
    }

    /** A segmented switch always has one choice: clicking the selected one keeps it. */
    private void select(Toggle was, Toggle now) {
        if (now == null) {
            sources.selectToggle(was);
        } else {
            model.sourceProperty().set((Source) now.getUserData());
        }
    }

    private void show(Content c) {
        copy.setDisable(!c.hasText());
        note.setText(c.source() == Source.BASE ? "The hand-written kernel model \u00b7 read-only"
                : "Generated from the scenario \u00b7 read-only");
        if (!c.hasText()) {
            int n = c.problems().size();
            problemsHeader.setText(c.source().fileName() + " cannot be generated: the scenario has "
                    + (n == 1 ? "a problem" : n + " problems") + ". Fix " + (n == 1 ? "it" : "them")
                    + " on the canvas or in the inspector.");
            problemsList.getItems().setAll(c.problems());
            layout.setCenter(problemsPane);
            return;
        }
        layout.setCenter(codeScroll);
        if (c.source() == shown && c.text().equals(code.getText())) {
            return;
        }
        if (shown != null) {
            topLine.put(shown, firstVisibleLine());
        }
        int top = c.source() == shown ? firstVisibleLine() : topLine.getOrDefault(c.source(), 0);
        shown = c.source();
        code.replaceText(c.text());
        code.setStyleSpans(0, TlaHighlighter.styleSpans(c.text()));
        code.moveTo(0);
        code.showParagraphAtTop(Math.min(top, Math.max(0, code.getParagraphs().size() - 1)));
    }

    private int firstVisibleLine() {
        try {
            return code.firstVisibleParToAllParIndex();
        } catch (IllegalStateException | IndexOutOfBoundsException e) {
            return 0; // not laid out yet (the tab was never shown)
        }
    }

    private void copyAll() {
        ClipboardContent content = new ClipboardContent();
        content.putString(code.getText());
        Clipboard.getSystemClipboard().setContent(content);
    }

    private static String tooltip(Source s) {
        switch (s) {
            case MODULE:
                return "The model: one definition per constant of Lifeline.tla";
            case CONFIG:
                return "TLC's configuration: constants, INIT, NEXT, VIEW and the invariants";
            default:
                return "The hand-written kernel model every scenario runs on";
        }
    }

    /** One problem: where, then what. */
    private static final class ProblemCell extends ListCell<Problem> {
        @Override
        protected void updateItem(Problem p, boolean empty) {
            super.updateItem(p, empty);
            setText(empty || p == null ? null : "\u2022 " + p.where() + ": " + p.message());
        }
    }
}

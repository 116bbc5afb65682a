package lifeline.ui.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The KASAN / kmemleak report of a violation, every "step N" in it a link that selects step N. A report of
 * several violations comes in parts, each about its own trace: a part's links load its trace first.
 */
public final class ReportView extends ScrollPane {
    private static final Pattern STEP = Pattern.compile("\\bstep (\\d+)\\b");

    /**
     * A part of a report whose "step N" links are steps of one trace.
     *
     * @param open shows that trace in the player before a link selects its step; null: the trace shown
     */
    public record Part(String text, Runnable open) {}

    private final TracePlayer player;
    private final TextFlow text = new TextFlow();
    private final List<List<Hyperlink>> links = new ArrayList<>();

    public ReportView(TracePlayer player) {
        this.player = player;
        TraceStyles.addTo(this, "report-view");
        text.getStyleClass().add("report-text");
        setContent(text);
        setFitToWidth(true);
        show("", "No report yet: check a scenario.");
    }

    /** Shows a report; placeholder is what to say when it is empty. */
    public void show(String report, String placeholder) {
        show(List.of(new Part(report == null ? "" : report, null)), placeholder);
    }

    /** Shows a report in parts, each part's links about its own trace; placeholder is for an empty report. */
    public void show(List<Part> parts, String placeholder) {
        links.clear();
        List<Node> nodes = new ArrayList<>();
        if (parts.stream().allMatch(p -> p.text().isBlank())) {
            Text t = new Text(placeholder);
            t.getStyleClass().addAll("report-run", "placeholder");
            nodes.add(t);
        }
        for (Part part : parts) {
            List<Hyperlink> own = new ArrayList<>();
            links.add(own);
            if (!part.text().isBlank()) {
                addPart(part, nodes, own);
            }
        }
        text.getChildren().setAll(nodes);
        setVvalue(0);
    }

    private void addPart(Part part, List<Node> nodes, List<Hyperlink> own) {
        String report = part.text();
        Matcher m = STEP.matcher(report);
        int at = 0;
        while (m.find()) {
            nodes.add(mono(report.substring(at, m.start())));
            int number = Integer.parseInt(m.group(1));
            Hyperlink link = new Hyperlink(m.group());
            link.getStyleClass().add("mono");
            link.setOnAction(e -> {
                if (part.open() != null) {
                    part.open().run();
                }
                player.selectNumber(number);
            });
            link.setFocusTraversable(false);
            own.add(link);
            nodes.add(link);
            at = m.end();
        }
        nodes.add(mono(report.substring(at)));
    }

    private static Text mono(String s) {
        Text t = new Text(s);
        t.getStyleClass().addAll("report-run", "mono");
        return t;
    }

    /** The "step N" links, in the order they appear. */
    public List<Hyperlink> stepLinks() {
        return links.stream().flatMap(List::stream).toList();
    }

    /** The "step N" links of the report's part at index (0 is the first part), in the order they appear. */
    public List<Hyperlink> stepLinks(int part) {
        return part < links.size() ? List.copyOf(links.get(part)) : List.of();
    }
}

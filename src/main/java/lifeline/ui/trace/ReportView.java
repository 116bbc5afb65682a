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

/** The KASAN / kmemleak report of a violation, every "step N" in it a link that selects step N. */
public final class ReportView extends ScrollPane {
    private static final Pattern STEP = Pattern.compile("\\bstep (\\d+)\\b");

    private final TracePlayer player;
    private final TextFlow text = new TextFlow();
    private final List<Hyperlink> links = new ArrayList<>();

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
        links.clear();
        List<Node> nodes = new ArrayList<>();
        if (report == null || report.isBlank()) {
            Text t = new Text(placeholder);
            t.getStyleClass().addAll("report-run", "placeholder");
            nodes.add(t);
        } else {
            Matcher m = STEP.matcher(report);
            int at = 0;
            while (m.find()) {
                nodes.add(mono(report.substring(at, m.start())));
                int number = Integer.parseInt(m.group(1));
                Hyperlink link = new Hyperlink(m.group());
                link.getStyleClass().add("mono");
                link.setOnAction(e -> player.selectNumber(number));
                link.setFocusTraversable(false);
                links.add(link);
                nodes.add(link);
                at = m.end();
            }
            nodes.add(mono(report.substring(at)));
        }
        text.getChildren().setAll(nodes);
        setVvalue(0);
    }

    private static Text mono(String s) {
        Text t = new Text(s);
        t.getStyleClass().addAll("report-run", "mono");
        return t;
    }

    /** The "step N" links, in the order they appear. */
    public List<Hyperlink> stepLinks() {
        return List.copyOf(links);
    }
}

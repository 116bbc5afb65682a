package lifeline.ui.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import lifeline.trace.Call;
import lifeline.trace.Fault;
import lifeline.trace.Naming;
import lifeline.trace.TraceStep;

/**
 * The kernel code of the selected step: each call it executed with its backtrace, innermost first as
 * the kernel prints one, then the call stack of every task after the step.
 */
public final class BacktracePanel extends ScrollPane {
    private final TracePlayer player;
    private final VBox content = new VBox();

    public BacktracePanel(TracePlayer player) {
        this.player = player;
        TraceStyles.addTo(this, "backtrace-panel");
        content.getStyleClass().add("content");
        setContent(content);
        setFitToWidth(true);
        player.selectedStepProperty().addListener((o, a, s) -> show(s));
        show(player.selectedStepProperty().get());
    }

    private void show(TraceStep s) {
        if (s == null) {
            content.getChildren().setAll(muted("No step selected."));
            return;
        }
        Naming n = player.namingProperty().get();
        List<Node> nodes = new ArrayList<>();
        if (s.isInitial()) {
            nodes.add(section("Step " + s.number() + ": the initial state; no kernel code has run yet."));
        } else {
            nodes.add(section("Step " + s.number() + ": " + s.taskLabel() + " ran " + s.calls().size()
                    + (s.calls().size() == 1 ? " call" : " calls") + " (innermost frame first)"));
            for (Call c : s.calls()) {
                nodes.add(call(c, s, n));
            }
        }
        nodes.add(section("Every task's stack after this step (innermost first)"));
        for (Map.Entry<String, List<String>> e : s.state().stacks().entrySet()) {
            nodes.add(stack(e.getKey(), e.getValue(), s, n));
        }
        content.getChildren().setAll(nodes);
    }

    private Node call(Call c, TraceStep s, Naming n) {
        List<String> frames = new ArrayList<>(n == null ? c.backtrace() : n.functions(c.backtrace(), c.object()));
        java.util.Collections.reverse(frames);
        StringBuilder b = new StringBuilder();
        String what = n == null ? "" : n.object(c.object());
        b.append(frames.isEmpty() ? "?" : frames.get(0)).append(what.isEmpty() ? "" : "  \u2192 " + what);
        Fault fault = faultOf(c, s);
        if (fault != null) {
            b.append("\nBUG: ").append(words(fault.kind())).append(" in ").append(fault.function());
        }
        b.append("\nCall Trace:");
        frames.forEach(f -> b.append("\n  ").append(f));
        Label l = new Label(b.toString());
        l.getStyleClass().addAll("call", "mono");
        if (fault != null) {
            l.getStyleClass().add("fault");
        }
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    private static Fault faultOf(Call c, TraceStep s) {
        for (Fault f : s.newFaults()) {
            if (f.backtrace().equals(c.backtrace()) && f.object().equals(c.object())) {
                return f;
            }
        }
        return null;
    }

    static String words(String kind) {
        switch (kind) {
            case "uaf":
                return "use-after-free";
            case "double_free":
                return "double free";
            case "underflow":
                return "refcount underflow";
            case "context":
                return "release in a foreign context";
            default:
                return kind;
        }
    }

    private Node stack(String task, List<String> frames, TraceStep s, Naming n) {
        StringBuilder b = new StringBuilder(n == null ? task : n.task(task));
        if (frames.isEmpty()) {
            b.append("\n  (no kernel code on its stack)");
        } else {
            for (int i = frames.size() - 1; i >= 0; i--) {
                b.append("\n  ").append(frames.get(i));
            }
        }
        Label l = new Label(b.toString());
        l.getStyleClass().addAll("call", "stack", "mono");
        if (task.equals(s.task())) {
            l.getStyleClass().add("moved");
        }
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section");
        l.setWrapText(true);
        return l;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("muted");
        return l;
    }
}

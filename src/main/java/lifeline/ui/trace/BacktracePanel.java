package lifeline.ui.trace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import lifeline.trace.Call;
import lifeline.trace.Fault;
import lifeline.trace.Naming;
import lifeline.trace.TraceStep;

/**
 * The kernel code of the selected step: each call it executed with its backtrace, innermost first as
 * the kernel prints one, then the call stack of every task after the step. Its labels are reused
 * from step to step.
 */
public final class BacktracePanel extends ScrollPane implements PlayerView {
    private static final PseudoClass FAULT = PseudoClass.getPseudoClass("fault");
    private static final PseudoClass MOVED = PseudoClass.getPseudoClass("moved");

    private final TracePlayer player;
    private final WhenShown follow = new WhenShown(this::show);
    private final Label heading = section();
    private final Label stacksHeading = section();
    private final Blocks calls = new Blocks("call");
    private final Blocks stacks = new Blocks("stack");
    private final VBox content;
    private Label reveal;

    /** A column of reused monospace labels. */
    private static final class Blocks extends VBox {
        private final String style;
        private int shown;

        Blocks(String style) {
            super(6);
            this.style = style;
        }

        void begin() {
            shown = 0;
        }

        void add(String text, boolean fault, boolean moved) {
            if (shown == getChildren().size()) {
                Label l = new Label();
                l.getStyleClass().addAll("block", style, "mono");
                l.setWrapText(true);
                l.setMaxWidth(Double.MAX_VALUE);
                getChildren().add(l);
            }
            Label l = (Label) getChildren().get(shown++);
        l.setUserData(fault);
            l.setText(text);
            l.pseudoClassStateChanged(FAULT, fault);
            l.pseudoClassStateChanged(MOVED, moved);
            l.setVisible(true);
            l.setManaged(true);
        }

        void end() {
            for (int i = shown; i < getChildren().size(); i++) {
                getChildren().get(i).setVisible(false);
                getChildren().get(i).setManaged(false);
            }
        }

        List<Label> shownLabels() {
            List<Label> out = new ArrayList<>();
            for (int i = 0; i < shown; i++) {
                out.add((Label) getChildren().get(i));
            }
            return out;
        }
    }

    public BacktracePanel(TracePlayer player) {
        this.player = player;
        TraceStyles.addTo(this, "backtrace-panel");
        content = new VBox(heading, calls, stacksHeading, stacks);
        content.getStyleClass().add("content");
        setContent(content);
        setFitToWidth(true);
        player.selectedStepProperty().addListener((o, a, s) -> follow.request());
        follow.request();
    }

    @Override
    public void setShowing(boolean showing) {
        follow.setShowing(showing);
    }

    private void show() {
        TraceStep s = player.selectedStepProperty().get();
        Naming n = player.namingProperty().get();
        calls.begin();
        stacks.begin();
        if (s == null) {
            heading.setText("No step selected.");
            stacksHeading.setText("");
        } else {
            heading.setText(s.isInitial() ? "Step " + s.number() + ": the initial state; no kernel code has run yet."
                    : "Step " + s.number() + ": " + s.taskLabel() + " ran " + s.calls().size()
                    + (s.calls().size() == 1 ? " call" : " calls") + " (innermost frame first)");
            for (Call c : s.calls()) {
                Fault f = faultOf(c, s);
                calls.add(callText(c, f, n), f != null, false);
            }
            stacksHeading.setText("Every task's stack after this step (innermost first)");
            for (Map.Entry<String, List<String>> e : s.state().stacks().entrySet()) {
                stacks.add(stackText(e.getKey(), e.getValue(), n), false, e.getKey().equals(s.task()));
            }
        }
        calls.end();
        stacks.end();
        reveal = calls.shownLabels().stream().filter(l -> Boolean.TRUE.equals(l.getUserData())).findFirst()
                .orElse(null);
        setVvalue(0);
        revealLater();
    }

    /** After the layout pass that places the labels, scrolls the faulting call into view: the step is about it. */
    private void revealLater() {
        if (reveal == null || getScene() == null) {
            return;
        }
        javafx.scene.Scene scene = getScene();
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Label target = reveal;
            reveal = null;
            if (target == null || !target.isVisible()) {
                return;
            }
            double y = target.getBoundsInParent().getMinY() + calls.getBoundsInParent().getMinY();
            double view = getViewportBounds().getHeight();
            double room = content.getHeight() - view;
            if (room > 0 && y + target.getHeight() > view) {
                setVvalue(Math.min(1, (y - 8) / room));
            }
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    private static String callText(Call c, Fault fault, Naming n) {
        List<String> frames = new ArrayList<>(n == null ? c.backtrace() : n.functions(c.backtrace(), c.object()));
        Collections.reverse(frames);
        String what = n == null ? "" : n.object(c.object());
        StringBuilder b = new StringBuilder(frames.isEmpty() ? "?" : frames.get(0));
        b.append(what.isEmpty() ? "" : "  \u2192 " + what);
        if (fault != null) {
            b.append("\nBUG: ").append(fault.kind().words()).append(" in ").append(fault.function());
        }
        b.append("\nCall Trace:");
        frames.forEach(f -> b.append("\n  ").append(f));
        return b.toString();
    }

    private static Fault faultOf(Call c, TraceStep s) {
        for (Fault f : s.newFaults()) {
            if (f.backtrace().equals(c.backtrace()) && f.object().equals(c.object())) {
                return f;
            }
        }
        return null;
    }

    private static String stackText(String task, List<String> frames, Naming n) {
        StringBuilder b = new StringBuilder(n == null ? task : n.task(task));
        if (frames.isEmpty()) {
            b.append("\n  (no kernel code on its stack)");
        }
        for (int i = frames.size() - 1; i >= 0; i--) {
            b.append("\n  ").append(frames.get(i));
        }
        return b.toString();
    }

    private static Label section() {
        Label l = new Label();
        l.getStyleClass().add("section");
        l.setWrapText(true);
        return l;
    }
}

package lifeline.ui.trace;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.util.StringConverter;
import lifeline.trace.KernelTrace;

/** First, previous, play/pause, next, last; a slider over the steps; the playing speed. */
public final class TransportBar extends HBox {
    /** Short, so that the bar fits the main window's opening width whatever the position says. */
    private static final String SPEED_UNIT = "/s";
    private static final List<Double> SPEEDS = List.of(0.5, 1.0, 2.0, 4.0, 8.0, 16.0);

    private final TracePlayer player;
    private final Button first = button("first", "First step (Home)");
    private final Button previous = button("previous", "Previous step (Left)");
    private final Button play = button("play", "Play (stops at the last step)");
    private final Button next = button("next", "Next step (Right)");
    private final Button last = button("last", "Last step (End)");
    private final Slider slider = new Slider(0, 0, 0);
    private final Label position = new Label("No trace");
    private final ChoiceBox<Double> speed = new ChoiceBox<>();
    private final ToggleButton kernelSteps = toggle("trace-open", "Kernel",
            "Show every kernel step (on) or the checked model's steps, each folding the kernel steps it ran (off)");
    private final ToggleButton relevant = toggle("trace-relevant", "Relevant",
            "Show only the steps that touch the fault's objects or cause them; the others fold away");
    private boolean syncing;
    /** The position with the violation it belongs to, and without it for a bar too narrow for both. */
    private String fullPosition = "No trace";
    private String briefPosition = "No trace";
    /** The least the bar says: "13–19/20" for "Step 13–19 of 20"; the label is never narrower than this. */
    private String compactPosition = "No trace";

    public TransportBar(TracePlayer player) {
        this.player = player;
        Playback playback = player.playback();
        TraceStyles.addTo(this, "transport-bar");
        position.setId("transport-position");
        first.setOnAction(e -> player.first());
        previous.setOnAction(e -> player.previous());
        play.setOnAction(e -> playback.togglePlay());
        next.setOnAction(e -> player.next());
        last.setOnAction(e -> player.last());
        slider.setBlockIncrement(1);
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setSnapToTicks(true);
        // As little as it needs, growing into what is left: the bar shrinks it before the position label.
        slider.setMinWidth(40);
        slider.setPrefWidth(40);
        HBox.setHgrow(slider, Priority.ALWAYS);
        slider.valueProperty().addListener((o, a, v) -> {
            if (!syncing) {
                player.select((int) Math.round(v.doubleValue()));
            }
        });
        position.getStyleClass().add("step-position");
        // Never "Step 17 o..." or "2 st...": the slider gives way, then the violation's name, then the words
        // (fitPosition); the label's least width is that of its compact form, so the bar's stays bounded.
        speed.setMinWidth(Region.USE_PREF_SIZE);
        // After the layout pass that resized the bar, not inside it.
        widthProperty().addListener((o, was, w) -> javafx.application.Platform.runLater(this::fitPosition));
        position.setTooltip(new Tooltip());
        speed.getItems().setAll(SPEEDS);
        speed.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double d) {
                return d == null ? "" : (d == Math.rint(d) ? Integer.toString(d.intValue()) : d.toString()) + SPEED_UNIT;
            }

            @Override
            public Double fromString(String s) {
                return Double.valueOf(s.replace(SPEED_UNIT, ""));
            }
        });
        speed.setValue(playback.speedProperty().get());
        speed.setTooltip(new Tooltip("Playing speed, in steps per second"));
        speed.valueProperty().addListener((o, a, v) -> {
            if (v != null) {
                playback.setSpeed(v);
            }
        });
        kernelSteps.setOnAction(e -> player.setOpen(kernelSteps.isSelected()));
        relevant.setOnAction(e -> player.setRelevantOnly(relevant.isSelected()));
        getChildren().addAll(first, previous, play, next, last, slider, position, kernelSteps, relevant, speed);
        player.selectedIndexProperty().addListener((o, a, i) -> refresh());
        player.traceProperty().addListener((o, a, t) -> refresh());
        player.subjectProperty().addListener((o, a, t) -> refresh());
        playback.playingProperty().addListener((o, a, p) -> showPlaying(p));
        first.disableProperty().bind(player.selectedIndexProperty().lessThanOrEqualTo(0));
        previous.disableProperty().bind(first.disableProperty());
        next.disableProperty().bind(Bindings.createBooleanBinding(() -> player.selectedIndexProperty().get()
                >= player.size() - 1, player.selectedIndexProperty(), player.traceProperty()));
        last.disableProperty().bind(next.disableProperty());
        play.disableProperty().bind(Bindings.createBooleanBinding(() -> player.size() < 2, player.traceProperty()));
        refresh();
    }

    private static Button button(String icon, String tip) {
        Region graphic = new Region();
        graphic.getStyleClass().addAll("transport-icon", icon);
        Button b = new Button(null, graphic);
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(tip);
        b.setId("transport-" + icon);
        b.setFocusTraversable(false);
        return b;
    }

    private static ToggleButton toggle(String id, String text, String tip) {
        ToggleButton b = new ToggleButton(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    /**
     * Says which violation the step belongs to only where the bar has room for it (the tooltip always does).
     * Set when the text or the bar's width changes, never in layoutChildren: a text set during the bar's own
     * layout pass left other views of the window (the Explore tab's list) drawn stale.
     */
    private void fitPosition() {
        double room = roomForPosition();
        position.setMinWidth(labelWidth(compactPosition));
        position.setText(labelWidth(fullPosition) <= room ? fullPosition
                : labelWidth(briefPosition) <= room ? briefPosition : compactPosition);
    }

    private double labelWidth(String text) {
        return position.snappedLeftInset() + textWidth(text) + position.snappedRightInset();
    }

    private double textWidth(String s) {
        Text t = new Text(s);
        t.setFont(position.getFont());
        return t.getLayoutBounds().getWidth();
    }

    /** The width left for the position label when every other control takes its least width. */
    private double roomForPosition() {
        double others = 0;
        for (Node c : getManagedChildren()) {
            others += c == position ? 0 : c.minWidth(-1);
        }
        return getWidth() - snappedLeftInset() - snappedRightInset()
                - getSpacing() * (getManagedChildren().size() - 1) - others;
    }

    private void showPlaying(boolean playing) {
        Region graphic = (Region) play.getGraphic();
        graphic.getStyleClass().removeAll("play", "pause");
        graphic.getStyleClass().add(playing ? "pause" : "play");
        play.getTooltip().setText(playing ? "Pause" : "Play (stops at the last step)");
    }

    private void refresh() {
        int n = player.size();
        int i = player.selectedIndexProperty().get();
        syncing = true;
        slider.setMax(Math.max(0, n - 1));
        slider.setValue(Math.max(0, i));
        syncing = false;
        slider.setDisable(n < 2);
        KernelTrace t = player.traceProperty().get();
        int all = t == null ? 0 : t.kernelSteps().size();
        boolean none = n == 0 || i < 0;
        briefPosition = none ? "No trace" : StepPosition.position(player);
        fullPosition = none ? briefPosition : StepPosition.fullPosition(player);
        compactPosition = none ? briefPosition : StepPosition.compactPosition(player);
        fitPosition();
        position.getTooltip().setText((fullPosition.equals(briefPosition) ? "" : fullPosition + ". ")
                + (n == all ? "Every kernel step is a row" : n + " rows shown of " + all
                + " kernel steps (folded or relevant steps only)"));
        kernelSteps.setSelected(player.openProperty().get());
        kernelSteps.setDisable(t == null || !t.canFold());
        relevant.setSelected(player.relevantOnlyProperty().get());
        relevant.setDisable(t == null || player.hiddenByRelevance() == 0);
        relevant.getTooltip().setText("Show only the steps that touch the fault's objects or cause them ("
                + player.hiddenByRelevance() + " of " + all + " fold away); click again to show them all");
    }
}

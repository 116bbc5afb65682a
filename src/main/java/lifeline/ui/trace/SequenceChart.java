package lifeline.ui.trace;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.control.ScrollBar;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import lifeline.trace.Naming;
import lifeline.trace.TraceStep;

/**
 * One lane per task and the steps as marks on their lanes in order, in narrow columns, the faulting step in
 * red; the selected step's function and the story's roles (freed, used, lost here) under their marks; arrows
 * from freed here to used here and from queued binder work to the kworker's run, and no other line between
 * lanes. Clicking a column selects its step. Draws only the visible columns on a canvas the size of the
 * view, so long traces scroll without a huge canvas. The selection is a band between the lanes' canvas and
 * the marks' canvas and a ring on top; stepping repaints the visible columns for the selected step's label.
 */
public final class SequenceChart extends Region implements ChartInk.Inked, PlayerView {
    static final double LABEL_WIDTH = 110;
    /** Columns share the view's width between these bounds: a 20-step trace fits whole in 430 pixels. */
    static final double MIN_COLUMN = 16;
    static final double MAX_COLUMN = 36;
    static final double HEADER_HEIGHT = 24;
    static final double LANE_HEIGHT = 50;
    static final double MARK_RADIUS = 9;
    private static final double LABEL_TEXT = 110;
    private static final double CHAR_WIDTH = 6.7;

    private final TracePlayer player;
    private final Canvas back = new Canvas();
    private final Canvas canvas = new Canvas();
    private final ScrollBar scroll = new ScrollBar();
    private final Rectangle band = new Rectangle();
    private final Circle ring = new Circle(MARK_RADIUS + 3);
    private double column = MAX_COLUMN;
    private double radius = MARK_RADIUS;
    private final ChartInk.Inks inks = new ChartInk.Inks(this, this::redraw);
    private final Font small = Font.font("Monospaced", 11);
    private final Font label = Font.font(null, FontWeight.BOLD, 12);
    private List<String> lanes = List.of();
    private final Map<String, Integer> laneOf = new HashMap<>();
    /** Worked out once a trace (a new trace comes with its story): redrawing a step reads them. */
    private List<ChartArrows> arrows = List.of();
    private final WhenShown follow = new WhenShown(this::followSelection);

    public SequenceChart(TracePlayer player) {
        this.player = player;
        TraceStyles.addTo(this, "sequence-chart");
        scroll.setOrientation(Orientation.HORIZONTAL);
        scroll.valueProperty().addListener(o -> redraw());
        band.setManaged(false);
        band.setMouseTransparent(true);
        ring.setManaged(false);
        ring.setMouseTransparent(true);
        ring.setFill(null);
        ring.setStrokeWidth(2);
        getChildren().addAll(back, band, canvas, ring, scroll);
        canvas.setOnMouseClicked(e -> columnAt(e.getX()).ifPresent(player::select));
        setOnScroll(e -> scroll.setValue(clamp(scroll.getValue() - (e.getDeltaX() != 0 ? e.getDeltaX() : e.getDeltaY()))));
        player.traceProperty().addListener((o, a, t) -> relane());
        // Hidden behind another tab, the chart draws nothing per step; it catches up when shown.
        player.selectedIndexProperty().addListener((o, a, i) -> follow.request());
        relane();
    }

    private void followSelection() {
        reveal(player.selectedIndexProperty().get());
        placeSelection();
        redraw();
    }

    /** Puts the band over the selected column and the ring around its mark, or hides them. */
    private void placeSelection() {
        int i = player.selectedIndexProperty().get();
        double x = i < 0 || i >= player.size() ? -1 : x(i);
        double left = Math.max(LABEL_WIDTH, x - column / 2);
        double right = Math.min(canvas.getWidth(), x + column / 2);
        band.setVisible(x >= 0 && right > left);
        band.setX(left);
        band.setY(0);
        band.setWidth(Math.max(0, right - left));
        band.setHeight(canvas.getHeight());
        TraceStep s = x >= 0 ? player.steps().get(i) : null;
        ring.setVisible(s != null && !s.isInitial() && x >= LABEL_WIDTH && x <= canvas.getWidth());
        if (s != null) {
            ring.setCenterX(x);
            ring.setCenterY(y(laneIndex(s)));
        }
    }

    @Override
    public void setShowing(boolean showing) {
        follow.setShowing(showing);
    }

    @Override
    public ChartInk.Inks inks() {
        return inks;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return ChartInk.metaData();
    }

    /** The lanes, top to bottom, as the kernel names the tasks ("app [300]", "kworker/u:binder [47]"). */
    public List<String> laneLabels() {
        Naming n = player.namingProperty().get();
        return lanes.stream().map(t -> n == null ? t : n.task(t)).toList();
    }

    private void relane() {
        lanes = Lanes.of(player.traceProperty().get(), player.namingProperty().get());
        arrows = ChartArrows.of(player.steps(), player.story());
        laneOf.clear();
        for (int i = 0; i < lanes.size(); i++) {
            laneOf.put(lanes.get(i), i);
        }
        scroll.setValue(0);
        requestLayout();
        redraw();
    }

    @Override
    protected double computePrefHeight(double width) {
        return HEADER_HEIGHT + Math.max(1, lanes.size()) * LANE_HEIGHT + scroll.prefHeight(-1) + 4;
    }

    @Override
    protected double computePrefWidth(double height) {
        return LABEL_WIDTH + Math.max(4, player.size()) * MAX_COLUMN;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double bar = scroll.prefHeight(-1);
        double h = Math.max(0, getHeight() - bar);
        canvas.setWidth(w);
        canvas.setHeight(h);
        back.setWidth(w);
        back.setHeight(h);
        scroll.resizeRelocate(LABEL_WIDTH, h, Math.max(0, w - LABEL_WIDTH), bar);
        column = Math.max(MIN_COLUMN, Math.min(MAX_COLUMN, (w - LABEL_WIDTH) / Math.max(1, player.size())));
        radius = Math.min(MARK_RADIUS, column * 0.4);
        ring.setRadius(radius + 3);
        double content = player.size() * column;
        double view = Math.max(1, w - LABEL_WIDTH);
        scroll.setMax(Math.max(0, content - view));
        scroll.setVisibleAmount(view);
        scroll.setUnitIncrement(column);
        scroll.setBlockIncrement(view);
        scroll.setVisible(content > view);
        scroll.setValue(clamp(scroll.getValue()));
        reveal(player.selectedIndexProperty().get());
        redraw();
    }

    private double clamp(double v) {
        return Math.max(0, Math.min(scroll.getMax(), v));
    }

    private void reveal(int i) {
        if (i < 0) {
            return;
        }
        double view = Math.max(1, getWidth() - LABEL_WIDTH);
        double left = i * column;
        if (left < scroll.getValue()) {
            scroll.setValue(clamp(left));
        } else if (left + column > scroll.getValue() + view) {
            scroll.setValue(clamp(left + column - view));
        }
    }

    private Optional<Integer> columnAt(double x) {
        if (x < LABEL_WIDTH) {
            return Optional.empty();
        }
        int i = (int) Math.floor((x - LABEL_WIDTH + scroll.getValue()) / column);
        return i >= 0 && i < player.size() ? Optional.of(i) : Optional.empty();
    }

    /** Where the mark of the step at index is drawn, in this chart's coordinates; empty when scrolled away. */
    public Optional<Point2D> markCenter(int i) {
        if (i < 0 || i >= player.size()) {
            return Optional.empty();
        }
        double x = x(i);
        if (x < LABEL_WIDTH || x > getWidth()) {
            return Optional.empty();
        }
        return Optional.of(new Point2D(x, y(laneIndex(player.steps().get(i)))));
    }

    private double x(int i) {
        return LABEL_WIDTH + i * column + column / 2 - scroll.getValue();
    }

    private static double y(int lane) {
        return HEADER_HEIGHT + lane * LANE_HEIGHT + LANE_HEIGHT / 2 - 7;
    }

    private int laneIndex(TraceStep s) {
        return s.isInitial() ? 0 : laneOf.getOrDefault(s.task(), 0);
    }

    private void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        back.getGraphicsContext2D().clearRect(0, 0, w, h);
        if (w <= 0 || h <= 0) {
            return;
        }
        drawLanes(back.getGraphicsContext2D(), w);
        int n = player.size();
        if (n > 0) {
            int from = Math.max(0, (int) Math.floor(scroll.getValue() / column) - 1);
            int to = Math.min(n - 1, (int) Math.ceil((scroll.getValue() + w - LABEL_WIDTH) / column) + 1);
            g.save();
            g.beginPath();
            g.rect(LABEL_WIDTH, 0, w - LABEL_WIDTH, h);
            g.clip();
            drawLinks(g, from, to);
            for (int i = from; i <= to; i++) {
                drawMark(g, i);
            }
            g.restore();
        }
        drawLaneLabels(g);
        band.setFill(inks.get(ChartInk.SELECTION));
        ring.setStroke(inks.get(ChartInk.TEXT));
        placeSelection();
    }

    private void drawLanes(GraphicsContext g, double w) {
        for (int j = 0; j < lanes.size(); j++) {
            double top = HEADER_HEIGHT + j * LANE_HEIGHT;
            if (j % 2 == 0) {
                g.setFill(inks.get(ChartInk.LANE));
                g.fillRect(0, top, w, LANE_HEIGHT);
            }
            g.setStroke(inks.get(ChartInk.GRID));
            g.setLineWidth(1);
            g.strokeLine(LABEL_WIDTH, y(j), w, y(j));
        }
    }

    private void drawLaneLabels(GraphicsContext g) {
        List<String> names = laneLabels();
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.setFont(label);
        for (int j = 0; j < names.size(); j++) {
            double top = HEADER_HEIGHT + j * LANE_HEIGHT;
            g.clearRect(0, top, LABEL_WIDTH, LANE_HEIGHT);
            if (j % 2 == 0) {
                g.setFill(inks.get(ChartInk.LANE));
                g.fillRect(0, top, LABEL_WIDTH, LANE_HEIGHT);
            }
            g.setFill(inks.get(ChartInk.TEXT));
            g.fillText(names.get(j), 8, y(j), LABEL_WIDTH - 14);
        }
        g.clearRect(0, 0, LABEL_WIDTH, HEADER_HEIGHT);
        g.setFill(inks.get(ChartInk.MUTED));
        g.setFont(small);
        g.fillText(names.isEmpty() ? "No trace" : "task \\ step", 8, HEADER_HEIGHT / 2);
        g.setStroke(inks.get(ChartInk.GRID));
        g.strokeLine(LABEL_WIDTH - 0.5, 0, LABEL_WIDTH - 0.5, canvas.getHeight());
    }

    /** The chart's arrows (freed here to used here, queued work to the kworker's run), as shown now. */
    public List<ChartArrows> arrows() {
        return arrows;
    }

    /** Only arrows that stand for a real cause: no line merely joins consecutive steps of different tasks. */
    private void drawLinks(GraphicsContext g, int from, int to) {
        for (ChartArrows a : arrows()) {
            if (a.to() < from || a.from() > to) {
                continue;
            }
            boolean fault = a.kind() == ChartArrows.Kind.FREED_TO_USED;
            g.setStroke(inks.get(fault ? ChartInk.FAULT : ChartInk.MARK));
            g.setFill(g.getStroke());
            g.setLineWidth(1.6);
            if (!fault) {
                g.setLineDashes(4, 3);
            }
            double x1 = x(a.from());
            double y1 = y(laneIndex(player.steps().get(a.from())));
            double x2 = x(a.to());
            double y2 = y(laneIndex(player.steps().get(a.to())));
            double lift = y1 == y2 ? -LANE_HEIGHT * 0.45 : 0;
            double cx = (x1 + x2) / 2;
            double cy = (y1 + y2) / 2 + lift;
            g.beginPath();
            g.moveTo(x1, y1 - (lift == 0 ? 0 : radius));
            g.quadraticCurveTo(cx, cy + lift, x2, y2 - (lift == 0 ? 0 : radius));
            g.stroke();
            g.setLineDashes();
            arrowHead(g, cx, cy + lift, x2, y2 - (lift == 0 ? 0 : radius));
        }
        g.setLineDashes();
    }

    private static void arrowHead(GraphicsContext g, double fromX, double fromY, double x, double y) {
        double angle = Math.atan2(y - fromY, x - fromX);
        double len = 8;
        g.fillPolygon(new double[] {x, x - len * Math.cos(angle - 0.4), x - len * Math.cos(angle + 0.4)},
                new double[] {y, y - len * Math.sin(angle - 0.4), y - len * Math.sin(angle + 0.4)}, 3);
    }

    private void drawMark(GraphicsContext g, int i) {
        TraceStep s = player.steps().get(i);
        double x = x(i);
        boolean fault = player.isFaulting(i);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.setFont(small);
        g.setFill(inks.get(ChartInk.MUTED));
        g.fillText(Integer.toString(s.number()), x, HEADER_HEIGHT / 2);
        if (s.isInitial()) {
            g.setStroke(inks.get(ChartInk.MUTED));
            g.setLineWidth(1.5);
            for (int j = 0; j < lanes.size(); j++) {
                g.strokeRect(x - 5, y(j) - 5, 10, 10);
            }
            g.setFill(inks.get(ChartInk.MUTED));
            g.fillText("init", x, y(0) + radius + 10, column - 4);
            return;
        }
        double y = y(laneIndex(s));
        g.setFill(inks.get(fault ? ChartInk.FAULT : ChartInk.MARK));
        g.fillOval(x - radius, y - radius, 2 * radius, 2 * radius);
        if (fault) {
            g.setFill(javafx.scene.paint.Color.WHITE);
            g.fillText("!", x, y);
        }
        List<String> roles = player.rolesAt(i);
        if (!roles.isEmpty() || i == player.selectedIndexProperty().get()) {
            g.setFill(inks.get(fault || !roles.isEmpty() ? ChartInk.FAULT : ChartInk.TEXT));
            String text = roles.isEmpty() ? StepText.function(s, player.namingProperty().get())
                    : String.join(", ", roles);
            g.fillText(fit(text, LABEL_TEXT), x, y + radius + 10);
        }
    }

    /** Narrow columns name only the selected step's function and the story's steps, up to width pixels. */
    private static String fit(String s, double width) {
        int max = (int) ((width - 6) / CHAR_WIDTH);
        return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
    }
}

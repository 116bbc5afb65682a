package lifeline.cli;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.ToDoubleFunction;
import javax.imageio.ImageIO;

/**
 * Draws the scaling benchmark as a PNG with headless AWT (no display needed): distinct states and
 * wall time against the number of processes, each on a log scale, one line per order; a hollow
 * point is a run stopped at the time limit (a lower bound).
 */
final class ScalingChart {
    private static final int PANEL_W = 420;
    private static final int H = 320;
    private static final int LEFT = 70;
    private static final int TOP = 40;
    private static final int BOTTOM = 50;
    private static final int RIGHT = 20;
    private static final Color[] SERIES = {new Color(0x1f77b4), new Color(0xd62728)};

    private ScalingChart() {}

    static void write(List<ScalingBench.Row> rows, Path png) throws IOException {
        System.setProperty("java.awt.headless", "true");
        BufferedImage img = new BufferedImage(2 * PANEL_W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        panel(g, 0, "distinct states", rows, r -> (double) r.states());
        panel(g, PANEL_W, "wall time (s)", rows, ScalingBench.Row::wallSeconds);
        g.dispose();
        ImageIO.write(img, "png", png.toFile());
    }

    private static void panel(Graphics2D g, int x0, String title, List<ScalingBench.Row> rows,
                              ToDoubleFunction<ScalingBench.Row> value) {
        double max = rows.stream().mapToDouble(value).filter(v -> v > 0).max().orElse(10);
        double min = rows.stream().mapToDouble(value).filter(v -> v > 0).min().orElse(1);
        int lo = (int) Math.floor(Math.log10(Math.max(min, 1e-3)));
        int hi = Math.max(lo + 1, (int) Math.ceil(Math.log10(max)));
        axes(g, x0, title, lo, hi);
        List<String> orders = rows.stream().map(ScalingBench.Row::order).distinct().toList();
        for (int o = 0; o < orders.size(); o++) {
            g.setColor(SERIES[o % SERIES.length]);
            String order = orders.get(o);
            series(g, x0, rows.stream().filter(r -> r.order().equals(order)).toList(), value, lo, hi);
            g.drawString("order: " + order, x0 + LEFT + 10, TOP + 15 + 14 * o);
        }
    }

    /** The frame, a grid line per power of ten, and N from 2 to 8. */
    private static void axes(Graphics2D g, int x0, String title, int lo, int hi) {
        int w = PANEL_W - LEFT - RIGHT;
        int h = H - TOP - BOTTOM;
        g.setStroke(new BasicStroke(1f));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        g.setColor(Color.BLACK);
        g.drawString(title + " by processes N", x0 + LEFT, TOP - 15);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        for (int d = lo; d <= hi; d++) {
            int y = TOP + h - (int) Math.round((d - lo) * h / (double) (hi - lo));
            g.setColor(new Color(0xdddddd));
            g.drawLine(x0 + LEFT, y, x0 + LEFT + w, y);
            g.setColor(Color.DARK_GRAY);
            g.drawString(d >= 0 ? String.format("%,.0f", Math.pow(10, d)) : String.format("%.3f", Math.pow(10, d)),
                    x0 + 5, y + 4);
        }
        for (int n = 2; n <= 8; n++) {
            g.drawString(Integer.toString(n), x0 + LEFT + (n - 2) * w / 6 - 3, TOP + h + 18);
        }
        g.drawRect(x0 + LEFT, TOP, w, h);
        g.drawString("processes N (hollow: stopped at the limit)", x0 + LEFT + 40, H - 12);
    }

    /** One order's line: a filled point per finished run, a hollow one per stopped run. */
    private static void series(Graphics2D g, int x0, List<ScalingBench.Row> rows,
                               ToDoubleFunction<ScalingBench.Row> value, int lo, int hi) {
        int w = PANEL_W - LEFT - RIGHT;
        int h = H - TOP - BOTTOM;
        g.setStroke(new BasicStroke(2f));
        int px = -1;
        int py = -1;
        for (ScalingBench.Row r : rows) {
            double v = value.applyAsDouble(r);
            if (v <= 0) {
                continue;
            }
            int x = x0 + LEFT + (r.processes() - 2) * w / 6;
            int y = TOP + h - (int) Math.round((Math.log10(v) - lo) * h / (hi - lo));
            if (px >= 0) {
                g.drawLine(px, py, x, y);
            }
            if (r.finished()) {
                g.fillOval(x - 4, y - 4, 8, 8);
            } else {
                g.drawOval(x - 4, y - 4, 8, 8);
            }
            px = x;
            py = y;
        }
    }
}

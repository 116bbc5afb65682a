package lifeline.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeSet;
import lifeline.model.Position;

/**
 * Routes the lines of a drawing whose cards stay where the user put them: each line runs in horizontal and
 * vertical pieces from the border of its first card to the border of its last, around every other card, with
 * as few bends as a short line allows; then {@link LabelPlaces} puts each label where it covers no card and
 * no other label.
 *
 * <p>The search runs on a sparse orthogonal visibility graph (Wybrow, Marriott and Stuckey, "Orthogonal
 * connector routing", 2009): the grid of the lines that run a margin outside each side of each card and
 * through each card's centre; a point of the grid inside a card is no point of the graph, so a path between
 * neighbouring grid points never enters a card. A shortest path where a bend costs {@link #BEND} pixels of
 * line is found by Dijkstra's algorithm over (point, heading). Each line first searches among the cards near
 * its two ends, and among all cards only when that path would cross a farther card or there is none.
 *
 * <p>Hand-written because no library on Maven Central does it in plain Java: ELK's layered algorithm (used
 * for {@link AutoLayout}) places the cards itself and cannot keep given positions, and ELK's libavoid
 * binding drives the native libavoid program in a separate process.
 */
public final class OrthogonalRouter {
    /** Lines keep this far from the cards they pass. */
    static final double MARGIN = 14;
    /** A bend costs as much as this many pixels of line. */
    private static final double BEND = 40;
    /** The first search takes the cards within this distance of the box around a line's two cards. */
    private static final double NEAR = 120;
    /** Grid lines (and points) closer than this are one. */
    private static final double SAME = 1e-6;
    private static final int[] DX = {1, 0, -1, 0};
    private static final int[] DY = {0, 1, 0, -1};

    private OrthogonalRouter() {
    }

    /**
     * Routes each line between its two cards (a line whose cards overlap, or that has no way out, gets no
     * route and is drawn straight) and places the labels of those with a size in labels.
     */
    public static Map<Line, Route> route(Map<String, Box> cards, List<Line> lines, Map<Line, Size> labels) {
        Map<Line, List<Position>> paths = new LinkedHashMap<>();
        for (Line line : lines) {
            Box from = cards.get(line.from());
            Box to = cards.get(line.to());
            if (from == null || to == null || line.from().equals(line.to()) || paths.containsKey(line)) {
                continue;
            }
            List<Position> p = path(line, from, to, cards);
            if (p != null) {
                paths.put(line, p);
            }
        }
        Map<Line, Position> placed = LabelPlaces.place(paths, labels, cards.values());
        Map<Line, Route> out = new LinkedHashMap<>();
        paths.forEach((line, p) -> out.put(line, new Route(line, p, placed.get(line))));
        return out;
    }

    /**
     * The labels of lines already routed, placed anew around obstacles (the cards and whatever else is drawn
     * over the drawing, such as a trace step's callouts under the cards): the centre of each label with a size.
     */
    public static Map<Line, Position> labels(Map<Line, List<Position>> routes, Map<Line, Size> sizes,
            Collection<Box> obstacles) {
        return LabelPlaces.place(routes, sizes, obstacles);
    }

    private static List<Position> path(Line line, Box from, Box to, Map<String, Box> cards) {
        if (from.overlaps(to, 0)) {
            return null;
        }
        List<Box> near = new ArrayList<>();
        List<Box> others = new ArrayList<>();
        Box window = new Box(Math.min(from.x(), to.x()) - NEAR, Math.min(from.y(), to.y()) - NEAR,
                Math.max(from.maxX(), to.maxX()) - Math.min(from.x(), to.x()) + 2 * NEAR,
                Math.max(from.maxY(), to.maxY()) - Math.min(from.y(), to.y()) + 2 * NEAR);
        cards.forEach((id, b) -> {
            if (!id.equals(line.from()) && !id.equals(line.to())) {
                others.add(b);
                if (b.overlaps(window, 0)) {
                    near.add(b);
                }
            }
        });
        List<Position> p = new Search(from, to, near).run();
        if (p == null || near.size() < others.size() && crosses(p, others)) {
            p = new Search(from, to, others).run();
        }
        return p;
    }

    /** Whether a path passes through the inside of any of the boxes. */
    static boolean crosses(List<Position> path, Collection<Box> boxes) {
        for (Box b : boxes) {
            for (int i = 0; i + 1 < path.size(); i++) {
                if (b.cutBy(path.get(i), path.get(i + 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** One shortest path from the centre of one card to the centre of another, cut at their borders. */
    private static final class Search {
        private final Box from;
        private final Box to;
        private final double[] xs;
        private final double[] ys;
        private final boolean[] free;
        private final int sx;
        private final int sy;

        Search(Box from, Box to, List<Box> obstacles) {
            this.from = from;
            this.to = to;
            List<Box> all = new ArrayList<>(obstacles);
            all.add(from);
            all.add(to);
            xs = lines(all, true);
            ys = lines(all, false);
            free = new boolean[xs.length * ys.length];
            for (int i = 0; i < xs.length; i++) {
                for (int j = 0; j < ys.length; j++) {
                    boolean inside = false;
                    for (Box b : all) {
                        inside |= b.holds(xs[i], ys[j]);
                    }
                    free[i * ys.length + j] = !inside;
                }
            }
            sx = index(xs, from.centre().x());
            sy = index(ys, from.centre().y());
        }

        private static double[] lines(List<Box> boxes, boolean vertical) {
            TreeSet<Double> at = new TreeSet<>();
            for (Box b : boxes) {
                double lo = vertical ? b.x() : b.y();
                double hi = vertical ? b.maxX() : b.maxY();
                at.add(lo - MARGIN);
                at.add(hi + MARGIN);
                at.add((lo + hi) / 2);
            }
            List<Double> out = new ArrayList<>();
            for (double v : at) {
                if (out.isEmpty() || v - out.get(out.size() - 1) > SAME) {
                    out.add(v);
                }
            }
            return out.stream().mapToDouble(Double::doubleValue).toArray();
        }

        private static int index(double[] at, double v) {
            int best = 0;
            for (int i = 1; i < at.length; i++) {
                if (Math.abs(at[i] - v) < Math.abs(at[best] - v)) {
                    best = i;
                }
            }
            return best;
        }

        private boolean free(int i, int j) {
            return inGrid(i, j) && free[i * ys.length + j];
        }

        /** The points of the path, first and last on the cards' borders; null when there is none. */
        List<Position> run() {
            int n = xs.length * ys.length * 4;
            double[] cost = new double[n];
            int[] prev = new int[n];
            Arrays.fill(cost, Double.POSITIVE_INFINITY);
            Arrays.fill(prev, -1);
            PriorityQueue<double[]> queue = new PriorityQueue<>((a, b) -> a[0] != b[0]
                    ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1]));
            double best = Double.POSITIVE_INFINITY;
            List<Position> direct = null;
            // Out of the first card in each of the four headings, to the first grid point outside it.
            for (int d = 0; d < 4; d++) {
                int i = sx;
                int j = sy;
                do {
                    i += DX[d];
                    j += DY[d];
                } while (inGrid(i, j) && from.holds(xs[i], ys[j]));
                Position out = exit(from, d, xs[sx], ys[sy]);
                if (inGrid(i, j) && to.holds(xs[i], ys[j])) {
                    Position in = entry(to, xs[sx], ys[sy], d);
                    double c = Math.abs(in.x() - out.x()) + Math.abs(in.y() - out.y());
                    if (c < best) {
                        best = c;
                        direct = List.of(out, in);
                    }
                } else if (free(i, j)) {
                    int s = state(i, j, d);
                    cost[s] = Math.abs(xs[i] - out.x()) + Math.abs(ys[j] - out.y());
                    queue.add(new double[] {cost[s], s});
                }
            }
            int goal = -1;
            int goalHeading = -1;
            while (!queue.isEmpty()) {
                double[] top = queue.poll();
                int s = (int) top[1];
                if (top[0] > cost[s] || top[0] >= best) {
                    continue;
                }
                int d = s & 3;
                int i = (s >> 2) / ys.length;
                int j = (s >> 2) % ys.length;
                for (int d2 = 0; d2 < 4; d2++) {
                    int i2 = i + DX[d2];
                    int j2 = j + DY[d2];
                    if (d2 == (d + 2) % 4 || !inGrid(i2, j2)) {
                        continue;
                    }
                    double turn = d2 == d ? 0 : BEND;
                    if (to.holds(xs[i2], ys[j2])) {
                        Position in = entry(to, xs[i], ys[j], d2);
                        double c = top[0] + turn + Math.abs(in.x() - xs[i]) + Math.abs(in.y() - ys[j]);
                        if (c < best) {
                            best = c;
                            goal = s;
                            goalHeading = d2;
                            direct = null;
                        }
                    } else if (free(i2, j2)) {
                        int s2 = state(i2, j2, d2);
                        double c = top[0] + turn + Math.abs(xs[i2] - xs[i]) + Math.abs(ys[j2] - ys[j]);
                        if (c < cost[s2]) {
                            cost[s2] = c;
                            prev[s2] = s;
                            queue.add(new double[] {c, s2});
                        }
                    }
                }
            }
            if (direct != null) {
                return direct;
            }
            return goal < 0 ? null : points(goal, goalHeading, prev);
        }

        private boolean inGrid(int i, int j) {
            return i >= 0 && j >= 0 && i < xs.length && j < ys.length;
        }

        private int state(int i, int j, int d) {
            return ((i * ys.length + j) << 2) | d;
        }

        private List<Position> points(int goal, int heading, int[] prev) {
            List<Position> back = new ArrayList<>();
            int first = goal;
            for (int s = goal; s >= 0; s = prev[s]) {
                back.add(new Position(xs[(s >> 2) / ys.length], ys[(s >> 2) % ys.length]));
                first = s;
            }
            List<Position> path = new ArrayList<>();
            path.add(exit(from, first & 3, xs[sx], ys[sy]));
            for (int k = back.size() - 1; k >= 0; k--) {
                path.add(back.get(k));
            }
            Position last = back.get(0);
            path.add(entry(to, last.x(), last.y(), heading));
            return straighten(path);
        }

        /** Where a line from (x, y) near the centre of b heading d leaves it. */
        private static Position exit(Box b, int d, double x, double y) {
            return switch (d) {
                case 0 -> new Position(b.maxX(), y);
                case 1 -> new Position(x, b.maxY());
                case 2 -> new Position(b.x(), y);
                default -> new Position(x, b.y());
            };
        }

        /** Where a line from (x, y) heading d enters b: the side a line heading the other way leaves by. */
        private static Position entry(Box b, double x, double y, int d) {
            return exit(b, (d + 2) & 3, x, y);
        }

        /** Drops the points in the middle of a straight piece. */
        private static List<Position> straighten(List<Position> path) {
            List<Position> out = new ArrayList<>();
            for (Position p : path) {
                if (!out.isEmpty() && out.get(out.size() - 1).equals(p)) {
                    continue;
                }
                if (out.size() >= 2) {
                    Position a = out.get(out.size() - 2);
                    Position b = out.get(out.size() - 1);
                    boolean sameX = Math.abs(a.x() - b.x()) <= SAME && Math.abs(b.x() - p.x()) <= SAME;
                    boolean sameY = Math.abs(a.y() - b.y()) <= SAME && Math.abs(b.y() - p.y()) <= SAME;
                    if (sameX || sameY) {
                        out.set(out.size() - 1, p);
                        continue;
                    }
                }
                out.add(p);
            }
            return out;
        }
    }
}

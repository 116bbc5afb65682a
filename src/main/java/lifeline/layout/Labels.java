package lifeline.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lifeline.model.Position;

/** Whether the labels of an arrangement keep clear of each other and of every card. */
final class Labels {
    /** Boxes may touch: only an overlap of more than this counts. */
    private static final double SLACK = 1;

    private Labels() {
    }

    static boolean clear(Arrangement a, Map<String, Size> cards, Map<Line, Size> labels) {
        List<double[]> boxes = new ArrayList<>();
        a.positions().forEach((id, p) -> {
            Size size = cards.get(id);
            if (size != null) {
                boxes.add(new double[] {p.x(), p.y(), p.x() + size.width(), p.y() + size.height()});
            }
        });
        for (Route r : a.routes().values()) {
            Size size = labels.get(r.line());
            Position c = r.label();
            if (size == null || c == null) {
                continue;
            }
            double[] box = {c.x() - size.width() / 2, c.y() - size.height() / 2, c.x() + size.width() / 2,
                c.y() + size.height() / 2};
            for (int i = 0; i < boxes.size(); i++) {
                if (overlap(box, boxes.get(i))) {
                    return false;
                }
            }
            boxes.add(box);
        }
        return true;
    }

    private static boolean overlap(double[] a, double[] b) {
        return a[0] + SLACK < b[2] && b[0] + SLACK < a[2] && a[1] + SLACK < b[3] && b[1] + SLACK < a[3];
    }
}

package lifeline.ui.palette;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import lifeline.edit.NodeKind;
import lifeline.ui.canvas.skin.NodeSkins;

/** Small drawings of each kind, in the shapes and colours of its card on the canvas (see palette.css). */
final class KindGlyphs {
    static final double WIDTH = 26;
    static final double HEIGHT = 20;
    private static final Map<NodeKind, Supplier<Node[]>> DRAWINGS = new EnumMap<>(NodeKind.class);

    static {
        DRAWINGS.put(NodeKind.PROCESS, KindGlyphs::process);
        DRAWINGS.put(NodeKind.DRIVER_FILE, KindGlyphs::file);
        DRAWINGS.put(NodeKind.EPOLL, KindGlyphs::epoll);
        DRAWINGS.put(NodeKind.BINDER, KindGlyphs::binder);
        DRAWINGS.put(NodeKind.DEVICE, KindGlyphs::device);
        DRAWINGS.put(NodeKind.CLOSE_HOOK, KindGlyphs::hook);
        DRAWINGS.put(NodeKind.WORKQUEUE_THREAD, KindGlyphs::kworker);
    }

    private KindGlyphs() {}

    static Node of(NodeKind kind) {
        Group g = new Group(styled(new Rectangle(WIDTH, HEIGHT), "glyph-frame"));
        g.getChildren().addAll(DRAWINGS.get(kind).get());
        g.getStyleClass().addAll("glyph", "glyph-" + NodeSkins.style(kind));
        return g;
    }

    private static <T extends Shape> T styled(T s, String style) {
        s.getStyleClass().add(style);
        return s;
    }

    private static Rectangle rect(double x, double y, double w, double h, double arc, String style) {
        Rectangle r = new Rectangle(x, y, w, h);
        r.setArcWidth(arc);
        r.setArcHeight(arc);
        return styled(r, style);
    }

    private static Node[] process() {
        return new Node[] {rect(2.5, 2.5, 21, 15, 6, "glyph-body"), rect(2.5, 2.5, 21, 5, 0, "glyph-accent")};
    }

    private static Node[] file() {
        Polygon page = new Polygon(4.5, 1.5, 16.5, 1.5, 21.5, 6.5, 21.5, 18.5, 4.5, 18.5);
        Polygon fold = new Polygon(16.5, 1.5, 16.5, 6.5, 21.5, 6.5);
        return new Node[] {styled(page, "glyph-body"), styled(fold, "glyph-fold")};
    }

    private static Node[] epoll() {
        return new Node[] {rect(2.5, 2.5, 21, 15, 6, "glyph-body"), rect(5, 5, 16, 10, 3, "glyph-inner"),
                styled(new Circle(13, 10, 2), "glyph-accent")};
    }

    private static Node[] binder() {
        return new Node[] {rect(4.5, 1.5, 17, 17, 2, "glyph-body"), rect(4.5, 1.5, 4, 17, 2, "glyph-accent")};
    }

    private static Node[] device() {
        Node[] out = new Node[7];
        out[0] = rect(7.5, 3.5, 11, 13, 1, "glyph-body");
        for (int i = 0; i < 3; i++) {
            out[1 + i] = rect(4, 5.5 + 4 * i, 3, 1.5, 0, "glyph-accent");
            out[4 + i] = rect(19, 5.5 + 4 * i, 3, 1.5, 0, "glyph-accent");
        }
        return out;
    }

    private static Node[] hook() {
        return new Node[] {rect(1.5, 4.5, 23, 11, 11, "glyph-body"), styled(new Circle(8, 10, 2), "glyph-accent")};
    }

    private static Node[] kworker() {
        return new Node[] {rect(2.5, 3.5, 21, 13, 4, "glyph-dashed"), styled(new Circle(13, 10, 3), "glyph-accent")};
    }
}

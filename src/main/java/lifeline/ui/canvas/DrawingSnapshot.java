package lifeline.ui.canvas;

import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Background;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/** An image of a whole drawing, in its own coordinates at 100%, on the canvas's background colour. */
final class DrawingSnapshot {
    private DrawingSnapshot() {}

    static WritableImage of(Node drawing, Background background, double margin) {
        Bounds b = drawing.getBoundsInParent();
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(fill(background));
        if (b.isEmpty()) {
            params.setViewport(new Rectangle2D(0, 0, 2 * margin, 2 * margin));
        } else {
            params.setViewport(new Rectangle2D(Math.floor(b.getMinX() - margin), Math.floor(b.getMinY() - margin),
                    Math.ceil(b.getWidth() + 2 * margin), Math.ceil(b.getHeight() + 2 * margin)));
        }
        return drawing.snapshot(params, null);
    }

    private static Paint fill(Background background) {
        if (background == null || background.getFills().isEmpty()) {
            return Color.WHITE;
        }
        return background.getFills().get(background.getFills().size() - 1).getFill();
    }
}
